def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/metadata/missing-title.json:[1,1] GDC-REQ-title Dataset Name (title) is required (moph-clinic-registry /title)')
assert log.contains("[ERROR] src/main/metadata/buddhist-era-date.json:[43,3] GDC-DATE-BE-last_updated_date Last updated date (last_updated_date) '2567-03-01' looks like a Buddhist-era year")
assert log.contains('govmeta: 2 files, 2 datasets: 2 errors, 0 warnings, 0 infos (profile th-gdc@1.0.0) — findings at or above the fail level (error)')
assert log.contains('BUILD FAILURE')
assert !log.contains('at io.github.govmeta')
