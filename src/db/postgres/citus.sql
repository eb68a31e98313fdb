-- How mzctl's tables are spread over a Citus cluster. Run on the coordinator after the
-- migrations (`db init` on a server with the citus extension, `db distribute` for a database
-- made before), by src/db/postgres/citus.rs, which reads the list below, skips each table
-- already distributed the way this file says and runs the statement otherwise. A table added
-- by a later migration gets one line here.
--
-- Each line is `kind table [column]`, kind one of:
--   distributed   sharded by hash of the column; tables distributed by the person's ID number
--                 are co-located (shard n of each holds the same ID numbers), so a join or a
--                 NOT EXISTS on id_number runs shard by shard on the workers
--   reference     one copy on every node: joinable with any distributed table, for small
--                 tables read by lookups and for tables whose keys do not include a
--                 distribution column (each write goes to every node)
--   keep          left a plain table on the coordinator: never joined with a distributed table
--   index         `index table NAME (COLUMNS)`: an index Citus makes on each shard, made
--                 wherever it is missing (also on a table distributed before it was listed)
--
-- Order matters: a table is referenced by a foreign key only after its parent is distributed
-- or referenced, so parents come first.
--
-- ALTERs run before a table is distributed: Citus refuses a primary key or unique index that
-- does not include the distribution column.

-- The migration history and the audit log are read and written on their own, a row per
-- command: kept on the coordinator, where a write is one local insert.
keep schema_migrations
keep audit_log

-- Small shared tables, looked up by code, joined with the people (region checks, certificates).
reference region_versions
reference region_lists
reference region_list_rows
reference region_changes
reference region_sync
reference places
reference systems
reference system_activity
reference system_scans
reference system_scan_results
reference system_retirement_steps
reference cert_issuers
reference cert_keys
reference cert_types
reference cert_serials
reference import_batches
reference check_runs
reference check_fixes

-- The person trail: keyed by a generated id (death_applications, record_changes) or referring
-- to one (recoveries), a row per applied death or fixed value, read by ID number or by
-- application. The id cannot be the distribution column of a table co-located with people,
-- and a key of (id_number, id) would let an application id repeat across shards, so they are
-- reference tables: small (a row per event, not per record), joinable with people and
-- enrolments.
reference death_applications
reference recoveries
reference record_changes

-- The records: by the person's ID number, co-located. Their primary keys begin with id_number
-- already.
distributed people id_number
distributed enrolments id_number
distributed deaths id_number

-- Certificates by holder, co-located with people, so that `cert issue --eligible`'s
-- NOT EXISTS (a valid certificate of the type for this holder) and the holder-is-dead check
-- run shard by shard. The primary key becomes (holder_id, identifier): identifiers stay unique
-- because they are made from cert_serials' counters (one row per issuer, type and year, a
-- reference table updated under a row lock); a lookup by identifier alone (verify, revoke)
-- asks every shard, by this index on each (a unique index would have to include holder_id:
-- an identifier issued to another holder is refused by src/db/certs.rs, which looks first).
alter certificates DROP CONSTRAINT certificates_pkey
alter certificates ADD PRIMARY KEY (holder_id, identifier)
distributed certificates holder_id people
index certificates certificates_identifier (identifier)

-- Organisations by their credit code, the primary key; nothing joins them with people.
distributed organizations uscc none

-- Findings by run: every query names one run (a report, a person's findings, the diff of two
-- runs reads each run once), so each goes to the one shard holding it, and a run's findings
-- arrive by COPY through the coordinator. The key (run_id, seq) already includes run_id.
distributed check_findings run_id none

-- An import's saved rows by batch: written once, read back and deleted by `import undo` of
-- that batch only. The foreign key to import_batches goes: with a foreign key from a
-- distributed table to a reference table, Citus refuses to change the reference table in a
-- transaction after a parallel write to the distributed one, which is what an import does
-- (its rows, then the batch's counts). mzctl writes batch_id only from the batch it made.
alter import_changes DROP CONSTRAINT IF EXISTS import_changes_batch_id_fkey
distributed import_changes batch_id none

-- The payments ledger, by the person's ID number like the other records (its key is
-- (id_number, pay_key)): the pay.* rules join it with enrolments and deaths shard by shard.
distributed payments id_number people
