//! The backend story, generic over the `Store`: init, write, read, migrate again, audit,
//! refuse an edited migration. Run on SQLite (file and memory) and on PostgreSQL.
use crate::support;
use mzctl::db::{self, migrations, Counts, DbUrl, NewAudit, Store};

fn story(store: &mut Store) {
    // A fresh database: nothing applied, everything pending.
    let status = mzctl::ops::db::status(store).expect("status");
    assert_eq!(status.schema_version, 0);
    assert_eq!(status.pending.len(), migrations::MIGRATIONS.len());

    // Init applies every migration once; again applies none.
    let applied = db::migrate(store).expect("migrate");
    assert_eq!(applied.len(), migrations::MIGRATIONS.len());
    assert!(db::migrate(store).expect("migrate again").is_empty());
    let status = mzctl::ops::db::status(store).expect("status");
    assert_eq!(status.schema_version, migrations::latest());
    assert!(status.pending.is_empty());
    assert_eq!(status.tables.get("audit_log"), Some(&0));

    // Write and read back, including text that must be stored verbatim.
    let at: jiff::Timestamp = "2026-11-23T02:00:00Z".parse().unwrap();
    for (i, cmd) in ["mzctl db init", "mzctl import people x.csv", "'); DROP TABLE audit_log;--"].iter().enumerate() {
        let mut counts = Counts::new();
        counts.insert("people".into(), i as i64 * 10);
        store
            .insert_audit(&NewAudit {
                at: at + jiff::SignedDuration::from_hours(i as i64),
                os_user: "tester".into(),
                command: cmd.to_string(),
                target: store.url().to_string(),
                counts,
                outcome: "ok".into(),
            })
            .expect("insert audit");
    }
    let all = store.list_audit(None, 10).expect("list");
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].command, "'); DROP TABLE audit_log;--", "newest first, stored verbatim");
    assert_eq!(all[0].counts.get("people"), Some(&20));
    assert_eq!(all[2].at, "2026-11-23T02:00:00Z");
    let since = store.list_audit(Some("2026-11-23T03:00:00Z".parse().unwrap()), 10).expect("since");
    assert_eq!(since.len(), 2);
    assert_eq!(store.list_audit(None, 1).expect("limit").len(), 1);
    assert_eq!(store.table_counts().expect("counts").get("audit_log"), Some(&3));
}

#[test]
fn story_sqlite_file() {
    let dir = support::tempdir();
    let url = DbUrl::Sqlite(dir.path().join("nested/dir/story.db"));
    story(&mut db::open(&url).expect("open"));
    // Reopen: the schema and rows are still there.
    let mut again = db::open_migrated(&url).expect("reopen");
    assert_eq!(again.list_audit(None, 10).unwrap().len(), 3);
}

#[test]
fn story_sqlite_memory() {
    story(&mut db::open(&DbUrl::SqliteMemory).expect("open"));
}

#[test]
fn story_postgres() {
    let Some(pg) = support::pg() else { return };
    let url = DbUrl::parse(&pg.url).unwrap();
    story(&mut db::open(&url).expect("open"));
    eprintln!("postgres story ran against {}", url.redacted());
}

#[test]
fn edited_migration_is_refused_sqlite() {
    let dir = support::tempdir();
    let path = dir.path().join("edited.db");
    db::open_migrated(&DbUrl::Sqlite(path.clone())).expect("init");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1", []).unwrap();
    let err = db::open_migrated(&DbUrl::Sqlite(path)).err().expect("refused").to_string();
    assert!(err.contains("was edited"), "{err}");
}

#[test]
fn edited_migration_is_refused_postgres() {
    let Some(pg) = support::pg() else { return };
    let url = DbUrl::parse(&pg.url).unwrap();
    db::open_migrated(&url).expect("init");
    let mut c = postgres::Client::connect(&pg.url, postgres::NoTls).unwrap();
    c.execute("UPDATE schema_migrations SET checksum = 'tampered' WHERE version = 1", &[]).unwrap();
    let err = db::open_migrated(&url).err().expect("refused").to_string();
    assert!(err.contains("was edited"), "{err}");
}
