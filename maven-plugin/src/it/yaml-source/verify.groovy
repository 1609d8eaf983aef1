def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/metadata/catalog.jsonl:[5,1] GDC-REQ-notes')
assert log.contains('govmeta: 2 files, 7 datasets: 2 errors, 0 warnings, 0 infos (profile th-gdc@1.0.0)')
assert log.contains('BUILD SUCCESS')
