def log = new File(basedir, 'build.log').text
assert log.contains('govmeta: 2 ไฟล์ 2 ชุดข้อมูล: ข้อผิดพลาด 0 คำเตือน 0 ข้อสังเกต 0 (โปรไฟล์ th-gdc@1.0.0)')
assert log.contains('BUILD SUCCESS')
