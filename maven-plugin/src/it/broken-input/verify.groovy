def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/metadata/truncated.json:[3,31] GOVMETA-INPUT-SYNTAX')
assert log.contains('govmeta: 2 ไฟล์ 1 ชุดข้อมูล: ข้อผิดพลาด 1')
assert !log.contains('Exception:') && !log.contains('\tat ')
