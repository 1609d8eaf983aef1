def log = new File(basedir, 'build.log').text
assert log.contains('govmeta: no metadata folder ') && log.contains('metadta (set sourceDirectory, or skip the check with govmeta.skip)')
assert log.contains('[WARNING] govmeta: no metadata file in ') && log.contains('(set allowEmpty to accept an empty folder)')
assert !log.contains('\tat ')
