def log = new File(basedir, 'build.log').text
// a missing title points at the dataset's first triple: line 153, the object of its 'a dcat:Dataset'
assert log.contains('[ERROR] src/main/metadata/catalog.ttl:[153,38] GDC-REQ-title Dataset Name (title) is required (moph-clinic-registry dct:title)')
assert log.contains('[WARNING] src/main/metadata/catalog.ttl:[87,38] GOVMETA-SHACL A SHACL constraint fails at dcat:theme: dcat:theme is recommended')
assert log.contains('govmeta: 1 files, 5 datasets:')
assert log.contains('BUILD FAILURE')
