def log = new File(basedir, 'build.log').text
assert log.contains('govmeta: skipped (govmeta.skip)')
assert !log.contains('GDC-REQ-title')
assert log.contains('BUILD SUCCESS')
