def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/metadata/hospitals.json:[1,1] AGY-REQ-data_owner ต้องระบุชื่อเจ้าของข้อมูล (data_owner)')
assert log.contains('(โปรไฟล์ agency-demo@0.1.0) — มีข้อค้นพบตั้งแต่ระดับที่กำหนดให้ไม่ผ่าน (error)')
assert !log.contains('GDC-')
