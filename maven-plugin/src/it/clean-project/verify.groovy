def log = new File(basedir, 'build.log').text
assert log.contains('govmeta: 2 files, 2 datasets: 0 errors, 0 warnings, 0 infos (profile th-gdc@1.0.0)')
assert log.contains('BUILD SUCCESS')
