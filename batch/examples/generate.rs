//! Fictional bureau lists, deterministic (the same rows every run).
//!
//! ```sh
//! cargo run -p fusion-batch --example generate -- examples            # rewrites examples/batch/
//! cargo run --release -p fusion-batch --example generate -- rows 1000000 /tmp/batch-1m.csv
//! cargo run --release -p fusion-batch --example generate -- rows 100000 /tmp/batch-100k.xlsx
//! ```
//!
//! `examples` writes `enterprises.csv` (the template: the five example
//! enterprises of `examples/answers/` first, then fictional ones) and
//! `bureau-gbk.csv` (GBK, a bureau's own headers in 元 and 万元, a few bad
//! cells). `rows N FILE` writes N fictional template rows for benchmarks (CSV,
//! or XLSX when FILE ends in `.xlsx`).

use fusion_batch::fields::{template, Field, Target, Unit};
use fusion_batch::write::{row_cells, template_headers, template_xlsx};
use fusion_engine::answers::{
    Activity, Answers, Industry, Level, Location, Recognition, RecognitionKind, Sector,
    SeparationStatus,
};
use fusion_engine::{transfer, Date, Lang, JIAXING_2024_14};
use rust_decimal::Decimal;
use std::io::Write;
use std::path::Path;

/// xorshift64*: small, deterministic, good enough for fictional figures.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

const SECTORS: [Sector; 4] = [
    Sector::Fashion,
    Sector::EquipmentManufacturing,
    Sector::Machining,
    Sector::Biomedicine,
];
const ACTIVITIES: [Activity; 5] = [
    Activity::SupplyChainManagement,
    Activity::IndustrialInternet,
    Activity::LifecycleServices,
    Activity::SharedManufacturing,
    Activity::TestingCertification,
];
const KINDS: [RecognitionKind; 4] = [
    RecognitionKind::ServiceManufacturingDemo,
    RecognitionKind::IndustrialDesign,
    RecognitionKind::SharedManufacturingDemo,
    RecognitionKind::HighTech,
];
const LEVELS: [Level; 3] = [Level::Municipal, Level::Provincial, Level::National];

/// One fictional enterprise, from its row number alone.
fn fictional(n: u64) -> (Answers, String) {
    let mut r = Rng::new(n + 1);
    let industry = r.pick(&Industry::ALL);
    let mut a = Answers {
        enterprise_name: Some(format!("嘉兴虚构示例企业{n:07}有限公司")),
        location: Some(r.pick(&Location::ALL)),
        industry: Some(industry),
        above_scale: Some(r.chance(70)),
        ..Default::default()
    };
    // Revenue grows or shrinks a little each year from a base between 5 and
    // 300 million yuan (2 billion for traders).
    let top = if industry == Industry::WholesaleRetail {
        2_000
    } else {
        300
    };
    let mut revenue = Decimal::from(5 + r.below(top)) * Decimal::from(1_000_000);
    for year in 2019..=2025u16 {
        if r.chance(90) {
            a.revenue_yuan.insert(year, revenue);
        }
        let growth = Decimal::from(r.below(40)) - Decimal::from(8);
        revenue += (revenue * growth / Decimal::from(100)).round();
    }
    for _ in 0..r.below(3) {
        let kind = r.pick(&KINDS);
        let level = (kind != RecognitionKind::HighTech).then(|| r.pick(&LEVELS));
        let obtained = Date::new(
            2023 + r.below(3) as u16,
            1 + r.below(12) as u8,
            1 + r.below(28) as u8,
        );
        if !a.recognitions.iter().any(|x| x.kind == kind) {
            a.recognitions.push(Recognition {
                kind,
                level,
                obtained,
                subject: None,
            });
        }
    }
    if r.chance(40) {
        a.sectors.push(r.pick(&SECTORS));
    }
    if r.chance(50) {
        a.activities.push(r.pick(&ACTIVITIES));
    }
    a.tax.rd_cost_yuan = Some(Decimal::from(r.below(5_000)) * Decimal::from(1_000));
    a.tax.taxable_income_yuan =
        Some(Decimal::from(r.below(40_000)) * Decimal::from(1_000) - Decimal::from(2_000_000));
    a.tax.income_tax_rate_percent = Some(Decimal::from(r.pick(&[25u32, 15, 20])));
    a.cross_border.platform_operator = Some(r.chance(2));
    if a.cross_border.platform_operator == Some(true) {
        a.cross_border.enterprises_served = Some(200 + r.below(300) as u32);
        a.cross_border.trade_growth_percent = Some(Decimal::from(r.below(30)));
        a.cross_border.upgrade_cost_yuan =
            Some(Decimal::from(r.below(1_200)) * Decimal::from(1_000));
        a.cross_border.year = Some(2024 + r.below(2) as u16);
    }
    a.separation.status = Some(r.pick(&[
        SeparationStatus::None,
        SeparationStatus::None,
        SeparationStatus::Planned,
        SeparationStatus::Done,
    ]));
    if industry == Industry::Manufacturing {
        a.land.own_land_mu = Some(Decimal::from(10 + r.below(200)));
        a.land.value_added_yuan = Some(Decimal::from(r.below(300)) * Decimal::from(1_000_000));
        a.land.tax_paid_yuan = Some(Decimal::from(r.below(50)) * Decimal::from(1_000_000));
        a.land.employees = Some(20 + r.below(1_500) as u32);
    }
    a.land.mixed_use_plan = Some(r.chance(20));
    a.land.logistics_on_existing_land = Some(r.chance(15));
    a.land.in_pilot_area = Some(r.chance(10));
    // Fictional: "TEST" can never appear in a real code.
    let code = format!("91330400TEST{:06}", n % 1_000_000);
    (a, code)
}

fn csv_line(cells: &[String]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(cells).expect("write to memory");
    w.into_inner().expect("flush to memory")
}

fn template_file(
    path: &Path,
    rows: impl Iterator<Item = (Answers, String)>,
) -> std::io::Result<()> {
    let targets = template(&JIAXING_2024_14);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    out.write_all(b"\xEF\xBB\xBF")?;
    out.write_all(&csv_line(&template_headers(&JIAXING_2024_14, Lang::Zh)))?;
    for (a, code) in rows {
        out.write_all(&csv_line(&row_cells(&a, Some(&code), &targets)))?;
    }
    out.flush()
}

/// The same rows as an XLSX workbook (built in memory: for benchmark inputs
/// of a few hundred thousand rows).
fn xlsx_file(path: &Path, rows: impl Iterator<Item = (Answers, String)>) -> std::io::Result<()> {
    let targets = template(&JIAXING_2024_14);
    let cells: Vec<Vec<String>> = rows
        .map(|(a, code)| row_cells(&a, Some(&code), &targets))
        .collect();
    let bytes = template_xlsx(&JIAXING_2024_14, Lang::Zh, &cells)
        .map_err(|e| std::io::Error::other(format!("{e:?}")))?;
    std::fs::write(path, bytes)
}

fn examples() -> Vec<(Answers, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/answers");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/answers")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = std::fs::read_to_string(p).expect("example");
            let a = transfer::import(&text).expect("example answers").answers;
            (a, format!("91330400EXAMPLE{:03}", i + 1))
        })
        .collect()
}

/// A bureau's own file: its headers, amounts in 元 for some years and 万元
/// for others, saved in GBK, with a few cells typed wrong.
fn bureau_gbk(path: &Path) -> std::io::Result<()> {
    let t = |field, unit| Target { field, unit };
    let targets = [
        t(Field::Name, Unit::Wan),
        t(Field::CreditCode, Unit::Wan),
        t(Field::Location, Unit::Wan),
        t(Field::Industry, Unit::Wan),
        t(Field::Revenue(2023), Unit::Yuan),
        t(Field::Revenue(2024), Unit::Yuan),
        t(Field::Revenue(2025), Unit::Wan),
        t(Field::RecognitionDate(RecognitionKind::HighTech), Unit::Wan),
        t(Field::RdCost, Unit::Yuan),
        t(Field::Employees, Unit::Wan),
    ];
    let headers = [
        "单位名称",
        "统一社会信用代码",
        "所属区县",
        "行业",
        "营业收入2023(元)",
        "营业收入2024(元)",
        "2025年营业收入(万元)",
        "高新技术企业认定时间",
        "研发投入(元)",
        "从业人员数",
        "备注",
    ];
    let mut text = String::from_utf8(csv_line(&headers.map(String::from))).expect("utf-8");
    for n in 0..20u64 {
        let (a, code) = fictional(1_000 + n);
        let mut cells = row_cells(&a, Some(&code), &targets);
        cells.push(String::new());
        // Bad cells a bureau's file has: a letter in an amount, a place no
        // list names, a date that does not exist, and a note column.
        match n {
            3 => cells[5] = "1,2345,678".into(),
            7 => cells[2] = "上海市".into(),
            11 => cells[7] = "2024-02-30".into(),
            15 => cells[4] = "约3000万".into(),
            _ => {}
        }
        if n % 5 == 0 {
            cells[10] = "已核实".into();
        }
        text.push_str(std::str::from_utf8(&csv_line(&cells)).expect("utf-8"));
    }
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable, "every character has a GBK code");
    std::fs::write(path, gbk)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["examples"] => {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/batch");
            std::fs::create_dir_all(&dir).expect("examples/batch");
            let rows = examples().into_iter().chain((0..50).map(fictional));
            template_file(&dir.join("enterprises.csv"), rows)
                .and_then(|()| bureau_gbk(&dir.join("bureau-gbk.csv")))
        }
        ["rows", n, file] => match n.parse::<u64>() {
            Ok(n) if file.ends_with(".xlsx") => xlsx_file(Path::new(file), (0..n).map(fictional)),
            Ok(n) => template_file(Path::new(file), (0..n).map(fictional)),
            Err(_) => {
                eprintln!("rows: {n:?} is not a number");
                std::process::exit(2);
            }
        },
        _ => {
            eprintln!("usage: generate examples | generate rows N FILE.csv");
            std::process::exit(2);
        }
    };
    if let Err(e) = result {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
