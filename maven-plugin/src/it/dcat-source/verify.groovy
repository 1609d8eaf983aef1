def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/metadata/catalog.ttl GDC-REQ-title Dataset Name (title) is required (moph-clinic-registry dct:title)')
assert log.contains('[WARNING] src/main/metadata/catalog.ttl GOVMETA-SHACL A SHACL constraint fails at dcat:theme: dcat:theme is recommended')
assert log.contains('govmeta: 1 files, 5 datasets:')
assert log.contains('BUILD FAILURE')
