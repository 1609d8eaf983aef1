def log = new File(basedir, 'build.log').text
assert log.contains("govmeta: no profile 'th-gdc@9.9.9'; installed: ")
assert log.contains("govmeta: fail level: unknown level 'errors' (expected error, warning, info or none)")
assert log.contains("govmeta: unknown report format 'pdf' (known: ")
assert !log.contains('\tat ')
assert !log.contains('govmeta: 1 files')
