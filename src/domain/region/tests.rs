use std::collections::{BTreeSet, HashMap};

use super::*;

fn db() -> &'static RegionDb {
    RegionDb::builtin()
}

/// `(code, name, level, parent_code)` rows of a common-format CSV.
fn rows(text: &str) -> Vec<[String; 4]> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            [0, 1, 2, 3].map(|i| r[i].to_owned())
        })
        .collect()
}

fn codes(vs: &[&Version]) -> Vec<String> {
    vs.iter().map(|v| v.code.clone()).collect()
}

fn names(vs: &[&Version]) -> Vec<String> {
    vs.iter().map(|v| v.name.clone()).collect()
}

#[test]
fn builtin_loads() {
    let db = RegionDb::try_builtin().unwrap();
    assert_eq!(db.years(), (2015..=2024).collect::<Vec<_>>());
    assert!(db.versions.windows(2).all(|w| (key(&w[0].code), w[0].valid_from) < (key(&w[1].code), w[1].valid_from)));
}

#[test]
fn yearly_lists_round_trip_exactly() {
    let sources = Sources::builtin();
    for (year, text) in &sources.yearly {
        assert_eq!(db().export(*year), *text, "mca_{year}");
        let expected: BTreeSet<[String; 4]> = rows(text).into_iter().collect();
        let got: BTreeSet<[String; 4]> = db()
            .snapshot(*year)
            .iter()
            .map(|v| [v.code.clone(), v.name.clone(), v.level.as_str().into(), v.parent_code.clone().unwrap_or_default()])
            .collect();
        assert_eq!(got, expected, "mca_{year}");
    }
}

#[test]
fn gbt_editions_round_trip() {
    // (code, name) rows of the editions that the history spells differently or
    // gives to another unit: no version of their own, still valid for IDs.
    let variants: HashMap<i32, Vec<&str>> = HashMap::from([
        (
            2002,
            vec![
                "150206", "321011", "341302", "371700", "410304", "410307", "410881", "411502", "420104", "420505", "450331", "451402",
                "469025", "469026", "469027", "469028", "469030", "469031", "469033", "510123", "511681", "610403", "620922",
            ],
        ),
        (2007, vec!["150206", "232701", "410881", "450331", "451402", "510802", "610403"]),
    ]);
    for (year, text) in &Sources::builtin().gbt {
        let mut odd = Vec::new();
        for [code, name, level, parent] in rows(text) {
            assert!(db().ever_valid_for_id(&code), "{code}");
            let v = db().at(&code, *year);
            if db().versions(&code).iter().any(|v| v.source == Source::History) {
                if v.is_none_or(|v| v.name != name) {
                    odd.push(code);
                }
                continue;
            }
            let v = v.unwrap_or_else(|| panic!("{code} {name} in {year}"));
            assert_eq!(v.source, Source::GbtEdition);
            assert_eq!((v.name.as_str(), v.level.as_str()), (name.as_str(), level.as_str()));
            assert_eq!(v.parent_code.clone().unwrap_or_default(), parent);
        }
        assert_eq!(odd, variants[year], "{year}");
    }
    let v = db().at("130701", 2005).unwrap();
    assert_eq!((v.name.as_str(), v.valid_from, v.valid_to), ("市辖区", 2002, Some(2008)));
}

#[test]
fn nbs_lists_round_trip() {
    for (year, text) in &Sources::builtin().nbs {
        for [code, name, level, parent] in rows(text) {
            let v = db().at(&code, *year);
            if code.len() == 6 && level != "county" && v.is_none() {
                // `XX01 市辖区` / `XX90 省直辖…` placeholders are skipped.
                assert!(name.contains("市辖区") || name.contains("直辖") || name == "县", "{code} {name}");
                continue;
            }
            let v = v.unwrap_or_else(|| panic!("{code} {name} in {year}"));
            assert_eq!((v.name.as_str(), v.level.as_str()), (name.as_str(), level.as_str()), "{year}");
            if code.len() > 6 {
                assert_eq!(v.source, Source::Nbs);
                assert_eq!(v.parent_code.as_deref(), Some(parent.as_str()));
            }
        }
    }
    let count = |level, year| db().list(Some(level), None, Some(year)).len();
    assert_eq!((count(Level::Township, 2023), count(Level::Village, 2023)), (605, 12855));
    assert_eq!((count(Level::Township, 2022), count(Level::Village, 2022)), (605, 12756));
    // SOURCES.md, 2022→2023: 1 township renamed; villages +195/−96, 96 renamed.
    let renamed = db().changes().iter().filter(|c| c.kind == ChangeKind::Renamed && c.effective == 2023 && c.old_code.len() > 6);
    assert_eq!(renamed.count(), 97);
    let villages = db().versions.iter().filter(|v| v.level == Level::Village);
    let (mut new, mut gone) = (BTreeSet::new(), BTreeSet::new());
    for v in villages {
        if v.valid_from == 2023 && db().at(&v.code, 2022).is_none() {
            new.insert(&v.code);
        }
        if v.valid_to == Some(2023) && db().at(&v.code, 2023).is_none() {
            gone.insert(&v.code);
        }
    }
    assert_eq!((new.len(), gone.len()), (195, 96));
    // NBS-only county code (development zone), under its MCA prefecture.
    let zone = db().current("130171").unwrap();
    assert_eq!((zone.source, zone.parent_code.as_deref()), (Source::Nbs, Some("130100")));
    // A GB/T `市辖区` code later used by the NBS for 嘉峪关市.
    let got: Vec<_> = db().versions("620201").iter().map(|v| (v.name.as_str(), v.source)).collect();
    assert_eq!(got, [("市辖区", Source::GbtEdition), ("嘉峪关市", Source::Nbs)]);
    // Gone by 2023: ends there.
    assert_eq!(db().versions("320571")[0].valid_to, Some(2023));
    assert_eq!(db().status("320571"), Status::Retired);
}

#[test]
fn history_parents_agree_with_parent_name() {
    let mut reader = csv::Reader::from_reader(Sources::builtin().history.as_bytes());
    for rec in reader.records() {
        let rec = rec.unwrap();
        if &rec[2] != "county" {
            continue;
        }
        let (code, start) = (&rec[0], rec[4].parse::<i32>().unwrap());
        let v = db().at(code, start).unwrap();
        let parent = v.parent_code.as_deref().unwrap();
        let province = parent.ends_with("0000");
        assert_eq!(&rec[8] == "直辖", province, "{code} {}", &rec[1]);
        if !province {
            let end = v.valid_to.unwrap_or(2025);
            let names: Vec<_> = (start..end).filter_map(|y| db().at(parent, y)).map(|p| &p.name).collect();
            assert!(names.iter().any(|n| **n == rec[8]), "{code} {} under {}: {names:?}", &rec[1], &rec[8]);
        }
    }
}

#[test]
fn versions_of_a_code_never_overlap() {
    for e in db().codes.values() {
        let vs = &db().versions[e.versions.start as usize..e.versions.end as usize];
        for w in vs.windows(2) {
            assert!(w[0].valid_to.is_some_and(|to| to <= w[1].valid_from), "{:?}", w);
        }
    }
}

#[test]
fn resolve_required_cases() {
    let today = |code, year| {
        let r = db().resolve(code, year);
        r.today.iter().map(|v| format!("{} {}", v.code, v.name)).collect::<Vec<_>>()
    };
    assert_eq!(today("610322", None), ["610305 凤翔区"]);
    assert_eq!(today("350681", None), ["350604 龙海区"]); // the 350603[1996] transfer is not followed
    assert_eq!(today("320602", None), ["320613 崇川区"]);
    assert_eq!(today("320611", Some(2019)), ["320613 崇川区"]);
    assert_eq!(today("342401", None), ["341502 金安区", "341503 裕安区"]);

    let r = db().resolve("610322", None);
    assert_eq!(r.then.as_ref().map(|v| v.name.as_str()), Some("凤翔县"));
    assert_eq!(r.path.iter().map(|c| (c.kind, c.effective)).collect::<Vec<_>>(), [(ChangeKind::Recoded, 2021)]);
    let r = db().resolve("320611", None);
    assert_eq!(r.path.iter().map(|c| c.kind).collect::<Vec<_>>(), [ChangeKind::Merged]);

    // Rename under the same code.
    assert_eq!(db().current("130503").unwrap().name, "信都区");
    assert_eq!(db().at("130503", 2019).unwrap().name, "桥西区");
    let r = db().resolve("130503", Some(2019));
    assert_eq!(r.then.unwrap().name, "桥西区");
    assert_eq!(names(&r.today.iter().collect::<Vec<_>>()), ["信都区"]);
    assert_eq!(r.path.len(), 1);
    assert_eq!((r.path[0].kind, r.path[0].effective), (ChangeKind::Renamed, 2020));
    let r = db().resolve("130503", None);
    assert!(r.path.is_empty() && r.today.len() == 1);

    // Several steps: 132201 邢台市 (1982) split in 1983; its parts went on.
    let r = db().resolve("132201", Some(1982));
    assert_eq!(codes(&r.today.iter().collect::<Vec<_>>()), ["130502", "130503"]);
    assert!(r.path.len() >= 3, "{:?}", r.path);
    // Not in use that year / never existed.
    assert_eq!(db().resolve("132201", Some(1985)), Resolution::default());
    assert_eq!(db().resolve("999999", None), Resolution::default());
    // Abolished: no successor today, the abolition is in the path.
    let abolished = db().changes().iter().find(|c| c.kind == ChangeKind::Abolished).unwrap();
    let r = db().resolve(&abolished.old_code, Some(abolished.effective - 1));
    assert!(r.today.is_empty() && r.path.iter().any(|c| c.kind == ChangeKind::Abolished));
}

#[test]
fn reused_code_shows_two_units() {
    let vs = db().versions("132201");
    let got: Vec<_> = vs.iter().map(|v| (v.name.as_str(), v.valid_from, v.valid_to)).collect();
    assert_eq!(got, [("邢台市", 1981, Some(1983)), ("南宫市", 1986, Some(1993))]);
    assert_eq!(db().at("132201", 1984), None);
    assert_eq!(db().current("132201"), None);
    assert_eq!(db().resolve("132201", None).today[0].code, "130581");

    let vs = db().versions("130503");
    let got: Vec<_> = vs.iter().map(|v| (v.name.as_str(), v.valid_from, v.valid_to)).collect();
    assert_eq!(got, [("桥西区", 1983, Some(2020)), ("信都区", 2020, None)]);
}

#[test]
fn changes_link_codes() {
    let kinds = |cs: Vec<&Change>| cs.iter().map(|c| (c.kind, c.old_code.clone(), c.new_code.clone())).collect::<Vec<_>>();
    assert_eq!(kinds(db().predecessors("610305")), [(ChangeKind::Recoded, "610322".into(), "610305".into())]);
    assert_eq!(
        kinds(db().successors("342401")),
        [(ChangeKind::Split, "342401".into(), "341502".into()), (ChangeKind::Split, "342401".into(), "341503".into())]
    );
    let merged = kinds(db().predecessors("320613"));
    assert_eq!(merged.len(), 2);
    assert!(merged.iter().all(|(k, _, _)| *k == ChangeKind::Merged));
    assert!(kinds(db().predecessors("130503")).contains(&(ChangeKind::Renamed, "130503".into(), "130503".into())));
    // One to one into another prefecture (莱芜市 → 济南市).
    assert_eq!(kinds(db().predecessors("370116")), [(ChangeKind::Reparented, "371202".into(), "370116".into())]);
    assert_eq!(db().successors("371200")[0].kind, ChangeKind::Abolished);
    // Partial transfer kept as a note.
    assert!(kinds(db().successors("350681")).contains(&(ChangeKind::Transferred, "350681".into(), "350603".into())));
    // 襄樊市 → 襄阳市: `changed` record without successor, same code goes on.
    let r = db().resolve("420600", Some(2009));
    assert_eq!((r.today[0].name.as_str(), r.path[0].kind), ("襄阳市", ChangeKind::Renamed));
    // Created units have no predecessor record and started after 1981.
    for c in db().changes() {
        match c.kind {
            ChangeKind::Created => assert!(c.old_code.is_empty() && c.effective > 1981),
            ChangeKind::Abolished => assert!(c.new_code.is_empty()),
            _ => assert!(!c.old_code.is_empty() && !c.new_code.is_empty()),
        }
    }
    assert!(db().changes().windows(2).all(|w| w[0].effective <= w[1].effective));
}

#[test]
fn status_and_id_validity() {
    for (code, status) in [
        ("440106", Status::Current),
        ("610305", Status::Current),
        ("440106001", Status::Current),
        ("440106001001", Status::Current),
        ("130171", Status::Current),
        ("610322", Status::Retired),
        ("132201", Status::Retired),
        ("130701", Status::Retired),
        ("999999", Status::NeverExisted),
        ("440199", Status::NeverExisted),
        ("44010", Status::NeverExisted),
        ("", Status::NeverExisted),
        ("44O106", Status::NeverExisted),
    ] {
        assert_eq!(db().status(code), status, "{code}");
    }
    for (code, valid) in [
        ("130701", true),
        ("420101", true),
        ("110100", true),
        ("610322", true),
        ("132201", true),
        ("440106", true),
        ("371700", true),
        ("130171", false),
        ("999999", false),
        ("440106001", false),
    ] {
        assert_eq!(db().ever_valid_for_id(code), valid, "{code}");
    }
}

/// Each diff entry as (kind, old code, new code, new name).
fn kinds_and_codes(d: &[DiffEntry]) -> Vec<(DiffKind, &str, &str, &str)> {
    d.iter().map(|e| (e.kind, e.old_code.as_str(), e.new_code.as_str(), e.new_name.as_str())).collect()
}

#[test]
fn diff_2022_2023_reports_the_new_and_retired_codes() {
    let d = db().diff(2022, 2023);
    let got = kinds_and_codes(&d);
    assert_eq!(
        got,
        [
            (DiffKind::Added, "", "659012", "白杨市"),
            (DiffKind::Recoded, "540422", "540481", "米林市"),
            (DiffKind::Recoded, "540530", "540581", "错那市"),
        ]
    );
    assert_eq!(d[1].old_name, "米林县");
    assert_eq!(d[2].old_name, "错那县");
    let added: BTreeSet<_> = d.iter().filter(|e| e.code_added).map(|e| e.new_code.as_str()).collect();
    let retired: BTreeSet<_> = d.iter().filter(|e| e.code_retired).map(|e| e.old_code.as_str()).collect();
    assert_eq!(added, BTreeSet::from(["540481", "540581", "659012"]));
    assert_eq!(retired, BTreeSet::from(["540422", "540530"]));
    assert!(db().diff(2021, 2022).is_empty());
}

#[test]
fn diff_backwards_is_computed_in_the_direction_asked() {
    let entry = |e: &DiffEntry| (e.kind, e.old_code.clone(), e.old_name.clone(), e.new_code.clone(), e.new_name.clone());
    let back: Vec<_> = db().diff(2024, 2023).iter().map(entry).collect();
    assert_eq!(
        back,
        [
            (DiffKind::Retired, "653228".into(), "和康县".into(), String::new(), String::new()),
            (DiffKind::Retired, "653229".into(), "和安县".into(), String::new(), String::new()),
        ]
    );
    assert!(db().diff(2024, 2023).iter().all(|e| e.code_retired && !e.code_added));
    let d = db().diff(2023, 2022);
    let got = kinds_and_codes(&d);
    assert_eq!(
        got,
        [
            (DiffKind::Retired, "659012", "", ""),
            (DiffKind::Recoded, "540481", "540422", "米林县"),
            (DiffKind::Recoded, "540581", "540530", "错那县"),
        ]
    );
    let retired: BTreeSet<_> = d.iter().filter(|e| e.code_retired).map(|e| e.old_code.as_str()).collect();
    assert_eq!(retired, BTreeSet::from(["540481", "540581", "659012"]));
    // Every year pair: the same unit changes, seen from the other side.
    for (a, b) in [(2015, 2024), (2019, 2020), (1990, 2005)] {
        let forward = db().diff(a, b);
        let mut mirrored: Vec<_> = db()
            .diff(b, a)
            .iter()
            .map(|e| {
                let kind = match e.kind {
                    DiffKind::Added => DiffKind::Retired,
                    DiffKind::Retired => DiffKind::Added,
                    DiffKind::Merged => DiffKind::Split,
                    DiffKind::Split => DiffKind::Merged,
                    k => k,
                };
                (kind, e.new_code.clone(), e.old_code.clone(), e.code_retired, e.code_added)
            })
            .collect();
        mirrored.sort();
        let mut want: Vec<_> =
            forward.iter().map(|e| (e.kind, e.old_code.clone(), e.new_code.clone(), e.code_added, e.code_retired)).collect();
        want.sort();
        assert_eq!(mirrored, want, "{a}↔{b}");
    }
    // 2019→2020 merged 崇川区 and 港闸区 into 320613: backwards 320613 splits.
    let d = db().diff(2020, 2019);
    let has = |kind, old: &str, new: &str| d.iter().any(|e| e.kind == kind && e.old_code == old && e.new_code == new);
    assert!(has(DiffKind::Split, "320613", "320602") && has(DiffKind::Split, "320613", "320611"));
    assert!(has(DiffKind::Renamed, "130503", "130503"));
    assert!(d.iter().any(|e| e.kind == DiffKind::Renamed && e.old_name == "信都区" && e.new_name == "桥西区"));
    assert!(db().diff(2022, 2021).is_empty());
}

#[test]
fn diff_counts_match_sources_md() {
    // SOURCES.md: code-set changes between consecutive years (added/removed/renamed).
    let expected = [(56, 55, 1), (25, 25, 0), (28, 29, 0), (27, 32, 0), (16, 18, 2), (17, 18, 0), (0, 0, 0), (3, 2, 0), (2, 0, 0)];
    for (year, want) in (2015..2024).zip(expected) {
        let d = db().diff(year, year + 1);
        let added: BTreeSet<_> = d.iter().filter(|e| e.code_added).map(|e| &e.new_code).collect();
        let retired: BTreeSet<_> = d.iter().filter(|e| e.code_retired).map(|e| &e.old_code).collect();
        let renamed = d.iter().filter(|e| e.kind == DiffKind::Renamed).count();
        assert_eq!((added.len(), retired.len(), renamed), want, "{year}→{}", year + 1);
    }
    let d = db().diff(2019, 2020);
    let has = |kind, old: &str, new: &str| d.iter().any(|e| e.kind == kind && e.old_code == old && e.new_code == new);
    assert!(has(DiffKind::Renamed, "130503", "130503"));
    assert!(has(DiffKind::Merged, "320602", "320613") && has(DiffKind::Merged, "320611", "320613"));
}

#[test]
fn paths() {
    let path = |code, year| names(&db().path(code, year)).join(" ");
    assert_eq!(path("440106", None), "广东省 广州市 天河区");
    assert_eq!(path("440106001001", None), "广东省 广州市 天河区 五山街道 岳洲社区居委会");
    let levels: Vec<_> = db().path("440106001001", Some(2023)).iter().map(|v| v.level).collect();
    assert_eq!(levels, Level::ALL);
    // Municipality: no prefecture level.
    assert_eq!(path("310101002001", None), "上海市 黄浦区 南京东路街道 云南中路居委会");
    assert_eq!(path("441900", None), "广东省 东莞市");
    // Retired code: its last year; a reused code: the year asked.
    assert_eq!(path("610322", None), "陕西省 宝鸡市 凤翔县");
    assert_eq!(path("132201", Some(1982)), "河北省 邢台地区 邢台市");
    assert_eq!(path("130701", Some(2005)), "河北省 张家口市 市辖区");
    assert!(db().path("132201", Some(1984)).is_empty());
}

#[test]
fn children_lists_and_townships() {
    assert!(codes(&db().children("440100", None)).contains(&"440106".to_owned()));
    let towns = db().townships("440106");
    assert_eq!(codes(&towns[..1]), ["440106001"]);
    assert_eq!(towns, db().children("440106", Some(2023)));
    assert!(towns.iter().all(|t| t.level == Level::Township));
    let villages = db().villages("440106001");
    assert!(villages.len() > 5 && villages.iter().all(|v| v.parent_code.as_deref() == Some("440106001")));
    assert!(db().townships("441900").is_empty(), "no Dongguan townships in the built-in data");

    let count = |level, year| db().list(Some(level), None, year).len();
    assert_eq!((count(Level::Province, Some(2024)), count(Level::Prefecture, Some(2024))), (34, 333));
    // SOURCES.md: 124 development zones, 232761–232764, 460321–460323, 620201, 632857.
    assert_eq!(count(Level::County, None), 2846 + 124 + 4 + 3 + 1 + 1, "MCA counties + NBS-only today");
    assert_eq!(db().list(Some(Level::County), Some("610300"), Some(2020)).iter().filter(|v| v.code == "610322").count(), 1);
    assert_eq!(db().list(None, Some("610300"), None).iter().filter(|v| v.code == "610322").count(), 0);
    assert_eq!(db().snapshot(1985).iter().filter(|v| v.code == "132201").count(), 0);
    assert_eq!(names(&db().snapshot(1982).into_iter().filter(|v| v.code == "132201").collect::<Vec<_>>()), ["邢台市"]);
}

#[test]
fn short_names() {
    for (name, short) in [
        ("广州市", "广州"),
        ("广东省", "广东"),
        ("天河区", "天河"),
        ("和县", "和县"),
        ("沙市区", "沙市"),
        ("新疆维吾尔自治区", "新疆"),
        ("广西壮族自治区", "广西"),
        ("内蒙古自治区", "内蒙古"),
        ("香港特别行政区", "香港"),
        ("湘西土家族苗族自治州", "湘西"),
        ("克孜勒苏柯尔克孜自治州", "克孜勒苏"),
        ("互助土族自治县", "互助"),
        ("浦东新区", "浦东"),
        ("五山街道", "五山"),
        ("岳洲社区居委会", "岳洲"),
        ("市辖区", "市辖区"),
    ] {
        assert_eq!(short_name(name), short, "{name}");
    }
}

#[test]
fn search_ranks_and_pinyin() {
    let top = |q: &str, year| db().search(q, year).first().map(|v| format!("{} {}", v.code, v.name)).unwrap_or_default();
    assert_eq!(top("广州市", None), "440100 广州市");
    assert_eq!(top("广州", None), "440100 广州市");
    assert_eq!(top("guangzhou", None), "440100 广州市");
    assert_eq!(top("Guang Zhou", None), "440100 广州市");
    assert_eq!(top("重庆", None), "500000 重庆市");
    assert_eq!(top("chongqing", None), "500000 重庆市");
    assert_eq!(top("changsha", None), "430100 长沙市");
    assert_eq!(top("lu'an", None), "341500 六安市");
    assert_eq!(top("xiamen", None), "350200 厦门市");
    assert_eq!(top("bengbu", None), "340300 蚌埠市");
    assert_eq!(top("lishui", None), "331100 丽水市");
    assert_eq!(top("panyu", None), "440113 番禺区");
    assert_eq!(top("dabu", None), "441422 大埔县");
    assert_eq!(top("yueqing", None), "330382 乐清市");
    assert_eq!(top("foshan", None), "440600 佛山市");
    assert_eq!(top("xizang", None), "540000 西藏自治区");
    assert_eq!(top("新疆", None), "650000 新疆维吾尔自治区");
    assert_eq!(top("湘西", None), "433100 湘西土家族苗族自治州");
    assert_eq!(top("天河", None), "440106 天河区");
    // By year.
    assert_eq!(top("凤翔", None), "610305 凤翔区");
    assert_eq!(top("凤翔", Some(2020)), "610322 凤翔县");
    assert_eq!(top("襄樊", Some(2009)), "420600 襄樊市");
    assert_eq!(top("襄樊", None), "");

    // Initials: all of 广州, 赣州, 贵州, 甘孜 …; exact name before short name before pinyin.
    let gz = codes(&db().search("gz", None));
    for code in ["440100", "360700", "520000"] {
        assert!(gz.contains(&code.to_owned()), "{code}");
    }
    let hits = db().search("广州", None);
    assert_eq!(hits[0].code, "440100");
    assert!(hits[1..].iter().all(|v| v.name != "广州市" && v.name.contains("广州")));
    let huangpu = codes(&db().search("huangpu", None)[..2]);
    assert_eq!(huangpu, ["310101", "440112"], "黄浦区 and 黄埔区, by code");
    assert!(db().search("", None).is_empty() && db().search("  ", None).is_empty());
    assert!(db().search("zzzzzzzz", None).is_empty());
}

/// A tiny history for `from_csv` tests.
const MINI_HISTORY: &str = "\
code,name,level,status,start_year,end_year,successor_codes,province_name,parent_name
440000,广东省,province,active,1981,,,广东省,
441900,东莞市,prefecture,active,1988,,,广东省,东莞市
441901,东莞县,county,retired,1981,1988,441900,广东省,直辖
";

#[test]
fn from_csv_allows_townships_under_a_prefecture() {
    let nbs = "code,name,level,parent_code\n440000,广东省,province,\n441900,东莞市,prefecture,440000\n441900003,虎门镇,township,441900\n";
    let yearly = "code,name,level,parent_code\n440000,广东省,province,\n441900,东莞市,prefecture,440000\n";
    let sources = Sources { history: MINI_HISTORY, yearly: vec![(2023, yearly)], gbt: vec![], nbs: vec![(2023, nbs)] };
    let db = RegionDb::from_csv(&sources).unwrap();
    assert_eq!(names(&db.path("441900003", None)).join(" "), "广东省 东莞市 虎门镇");
    assert_eq!(codes(&db.townships("441900")), ["441900003"]);
    // 东莞县 → 东莞市: a county that became a prefecture-level city.
    assert_eq!(db.resolve("441901", None).today[0].code, "441900");
    assert_eq!(db.export(2023), yearly);
}

#[test]
fn from_csv_reports_bad_input() {
    let sources = |history, yearly| Sources { history, yearly: vec![(2023, yearly)], gbt: vec![], nbs: vec![] };
    let ok_list = "code,name,level,parent_code\n440000,广东省,province,\n";
    let err = |s: &Sources<'_>| RegionDb::from_csv(s).unwrap_err().to_string();
    assert!(RegionDb::from_csv(&sources(MINI_HISTORY, ok_list)).is_ok());
    assert!(err(&sources("code,name\n", ok_list)).contains("header"));
    let bad_code = MINI_HISTORY.replace("441901,", "44190x,");
    assert!(err(&sources(&bad_code, ok_list)).starts_with("mca_code_history:4:"), "{}", err(&sources(&bad_code, ok_list)));
    let bad_succ = MINI_HISTORY.replace(",441900,广东省,直辖", ",449999,广东省,直辖");
    assert!(err(&sources(&bad_succ, ok_list)).contains("449999"));
    let stray = "code,name,level,parent_code\n440000,广东省,province,\n441800,清远市,prefecture,440000\n";
    assert!(err(&sources(MINI_HISTORY, stray)).contains("not in the history"));
    let ragged = "code,name,level,parent_code\n440000,广东省,province\n";
    assert!(err(&sources(MINI_HISTORY, ragged)).starts_with("mca_2023"));
}

#[test]
fn enums_have_stable_names() {
    assert!(Level::ALL.iter().all(|l| Level::parse(l.as_str()) == Some(*l)));
    assert_eq!(Level::parse("city"), None);
    assert_eq!(Level::County.zh(), "县级");
    assert_eq!(ChangeKind::Recoded.as_str(), "recoded");
    assert_eq!(DiffKind::Reparented.as_str(), "reparented");
    assert_eq!(Status::NeverExisted.as_str(), "never_existed");
    assert_eq!(Source::GbtEdition.as_str(), "gbt_edition");
}

#[test]
fn no_change_keeps_both_code_and_name() {
    let same: Vec<_> = db()
        .changes()
        .iter()
        .filter(|c| c.old_code == c.new_code && c.old_name == c.new_name)
        .map(|c| format!("{} {} {:?} {}", c.old_code, c.old_name, c.kind, c.effective))
        .collect();
    assert!(same.is_empty(), "{} changes keep code and name: {same:?}", same.len());
}

#[test]
fn a_new_parent_is_recorded_on_the_parent() {
    // History records that go on under the same code and name from the year they end: the
    // history starts a new record when the unit's prefecture changed. Each is one version of
    // the unit, and the prefecture's own change is recorded on the prefecture.
    let mut reader = csv::Reader::from_reader(Sources::builtin().history.as_bytes());
    let recs: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut continued = 0;
    for a in &recs {
        let Some(b) = recs.iter().find(|b| b[0] == a[0] && b[1] == a[1] && !a[5].is_empty() && b[4] == a[5]) else {
            continue;
        };
        continued += 1;
        let (code, year) = (&a[0], a[5].parse::<i32>().unwrap());
        let (before, after) = (db().at(code, year - 1).unwrap(), db().at(code, year).unwrap());
        assert_eq!(before, after, "{code} {} is one version across {year}", &a[1]);
        assert_ne!(a[8], b[8], "{code}: the parent named in the history changed");
        let parent = after.parent_code.as_deref().unwrap();
        let recorded = db().predecessors(parent).iter().any(|c| c.effective == year && c.new_name == b[8]);
        assert!(recorded, "{code} {}: {parent}'s change to {} in {year} is recorded", &a[1], &b[8]);
    }
    assert_eq!(continued, 130);

    let vs = db().versions("452427");
    let got: Vec<_> = vs.iter().map(|v| (v.name.as_str(), v.parent_code.as_deref(), v.valid_from, v.valid_to)).collect();
    assert_eq!(got, [("钟山县", Some("452400"), 1981, Some(2002))]);
    let kinds: Vec<_> =
        db().predecessors("452400").iter().map(|c| (c.kind, c.old_name.as_str(), c.new_name.as_str(), c.effective)).collect();
    assert!(kinds.contains(&(ChangeKind::Renamed, "梧州地区", "贺州地区", 1997)), "{kinds:?}");
    let r = db().resolve("452427", Some(1990));
    assert_eq!(codes(&r.today.iter().collect::<Vec<_>>()), ["451102", "451122"]);
    assert!(r.path.iter().all(|c| c.kind == ChangeKind::Split), "{:?}", r.path);
}

#[test]
fn prefixes() {
    assert_eq!(prefix("440000"), "44");
    assert_eq!(prefix("440100"), "4401");
    assert_eq!(prefix("110101"), "110101");
    assert_eq!(prefix("000000"), "00");
    assert_eq!(prefix("440106100"), "440106100");
    assert_eq!(prefix("440106001200"), "440106001200");
}
