def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/metadata/hospitals.json:[1,1] AGY-REQ-data_owner ต้องระบุชื่อเจ้าของข้อมูล (data_owner)')
assert log.contains('(profile agency-demo@0.1.0)')
assert !log.contains('GDC-')
