def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/metadata/truncated.json:[3,31] GOVMETA-INPUT-SYNTAX')
assert log.contains('govmeta: 2 files, 1 datasets: 1 errors')
assert !log.contains('Exception:') && !log.contains('\tat ')
