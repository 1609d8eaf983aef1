import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[ERROR] src/main/metadata/frequency.json:[25,3] GDC-VOCAB-update_frequency_unit')
def dir = new File(basedir, 'target/govmeta')
def json = new JsonSlurper().parse(new File(dir, 'govmeta.json'))
assert json.summary.errors == 1 && json.summary.datasets == 2
assert json.findings[0].ruleId == 'GDC-VOCAB-update_frequency_unit'
def sarif = new JsonSlurper().parse(new File(dir, 'govmeta.sarif'))
assert sarif.version == '2.1.0' && sarif.runs[0].results.size() == 1
def junit = new groovy.xml.XmlSlurper().parse(new File(dir, 'govmeta.junit.xml'))
assert junit.testsuite.size() == 2
def checkstyle = new groovy.xml.XmlSlurper().parse(new File(dir, 'govmeta.checkstyle.xml'))
assert checkstyle.file.error.@source.text() == 'govmeta.GDC-VOCAB-update_frequency_unit'
assert new File(dir, 'govmeta.github.txt').text.startsWith('::error file=src/main/metadata/frequency.json,line=25,col=3')
assert new File(dir, 'govmeta.html').text.contains('<b id="count-error">1</b>')
assert new File(dir, 'govmeta.text.txt').text.contains('GDC-VOCAB-update_frequency_unit')
// the default language is Thai
assert log.contains("[ERROR] src/main/metadata/frequency.json:[25,3] GDC-VOCAB-update_frequency_unit หน่วยความถี่ของการปรับปรุงข้อมูล (update_frequency_unit) ต้องเป็นค่าหนึ่งในรายการที่มาตรฐานกำหนด (ไม่ทราบ, ปี, ครึ่งปี, ไตรมาส, เดือน, สัปดาห์, วัน, วันทำการ, ชั่วโมง, นาที, ตามเวลาจริง, ไม่มีการปรับปรุงหลังจากการจัดเก็บข้อมูล, อื่นๆ) แต่พบ 'รายปี'")
