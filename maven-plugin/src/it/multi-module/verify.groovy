def log = new File(basedir, 'build.log').text
assert log.contains('govmeta: 1 files, 1 datasets: 0 errors, 0 warnings, 0 infos (profile th-gdc@1.0.0)')
assert log.contains('[ERROR] src/main/metadata/years.json:[34,3] GDC-ORDER-year_of_data')
assert log.contains('BUILD FAILURE')
