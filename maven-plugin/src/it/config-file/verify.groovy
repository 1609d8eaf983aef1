def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/metadata/years.json:[34,3] GDC-ORDER-year_of_data Last year of data (last_year_of_data) must not be before')
assert log.contains('govmeta: 1 files, 1 datasets: 0 errors, 1 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')
assert !log.contains('drafts/missing-title.json')
