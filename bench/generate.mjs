// Generates a synthetic catalog of realistic Thai GD Catalog datasets for benchmarks.
// Usage: node generate.mjs COUNT OUT.jsonl [OUT.json]
// Deterministic (seeded), so every run measures the same input. About 1 in 10 datasets has a mistake.
import { createWriteStream } from 'node:fs';

const [count = '100000', jsonl = 'target/catalog.jsonl', jsonArray] = process.argv.slice(2);
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];

const orgs = ['nso', 'dopa', 'tat', 'moph', 'dga', 'mof', 'moe', 'bma', 'pcd', 'dol'];
const topics = ['จำนวนนักท่องเที่ยว', 'ประชากรตามทะเบียนราษฎร', 'สถานพยาบาล', 'คุณภาพอากาศ', 'ราคาประเมินที่ดิน',
  'โรงเรียนในสังกัด', 'ปริมาณน้ำฝน', 'อุบัติเหตุทางถนน', 'การใช้ไฟฟ้า', 'ผู้ประกันตน'];
const provinces = ['กรุงเทพมหานคร', 'เชียงใหม่', 'ขอนแก่น', 'ภูเก็ต', 'สงขลา', 'นครราชสีมา'];
const types = ['ข้อมูลระเบียน', 'ข้อมูลสถิติ', 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่', 'ข้อมูลหลากหลายประเภท'];
const units = ['ปี', 'ครึ่งปี', 'ไตรมาส', 'เดือน', 'วัน'];
const coverage = ['ประเทศ', 'จังหวัด', 'อำเภอ', 'ภาค'];

function dataset(i) {
  const type = pick(types);
  const topic = pick(topics);
  const province = pick(provinces);
  const year = 2015 + Math.floor(rnd() * 9);
  const d = {
    name: `${pick(orgs)}-dataset-${i}`,
    data_type: type,
    title: `${topic} จังหวัด${province} ปี ${year + 543} (${i})`,
    owner_org: pick(orgs),
    maintainer: 'ฝ่ายเทคโนโลยีสารสนเทศ',
    maintainer_email: `data${i % 97}@example.go.th`,
    tags: [{ name: topic }, { name: province }, { name: 'ข้อมูลเปิด' }],
    notes: `ชุดข้อมูล${topic}ของจังหวัด${province} รวบรวมจากระบบงานของหน่วยงาน ปรับปรุงตามรอบการรายงาน`,
    objective: ['พันธกิจหน่วยงาน'],
    update_frequency_unit: pick(units),
    update_frequency_interval: 1,
    geo_coverage: pick(coverage),
    data_source: 'ระบบสารสนเทศของหน่วยงาน',
    data_format: ['CSV', 'XLS'],
    data_category: 'ข้อมูลสาธารณะ',
    license_id: 'Open Data Common',
    created_date: `${year}-01-15`,
    last_updated_date: `${year + 1}-06-30`,
    data_language: ['ไทย'],
    resources: [
      { name: `${topic} ${year + 543}`, url: `https://data.example.go.th/files/${i}.csv`, format: 'CSV' },
    ],
  };
  if (type === 'ข้อมูลสถิติ') {
    Object.assign(d, { first_year_of_data: String(year), last_year_of_data: String(year + 1),
      disaggregate: ['เพศ'], unit_of_measure: 'คน', unit_of_multiplier: 'หน่วย', official_statistics: 'False' });
    delete d.created_date;
  }
  if (type === 'ข้อมูลภูมิสารสนเทศเชิงพื้นที่') {
    Object.assign(d, { geographic_data_set: 'ชั้นข้อมูลขอบเขตการปกครอง', equivalent_scale: '1:50,000',
      west_bound_longitude: 98.9, east_bound_longitude: 99.1, south_bound_longitude: 18.7, north_bound_longitude: 18.9,
      positional_accuracy: '5 เมตร' });
    delete d.created_date;
  }
  switch (i % 10) {
    case 3: delete d.title; break;
    case 7: d.last_updated_date = `${year + 544}-03-01`; break;
    default: break;
  }
  return d;
}

const n = Number(count);
const out = createWriteStream(jsonl);
const arr = jsonArray ? createWriteStream(jsonArray) : null;
arr?.write('[\n');
for (let i = 0; i < n; i++) {
  const line = JSON.stringify(dataset(i));
  if (!out.write(line + '\n')) await new Promise((r) => out.once('drain', r));
  if (arr && !arr.write((i ? ',\n' : '') + line)) await new Promise((r) => arr.once('drain', r));
}
arr?.write('\n]\n');
out.end();
arr?.end();
