
use builtin;
use str;

set edit:completion:arg-completer[mzctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'mzctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'mzctl'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand db 'Create, upgrade and inspect the database'
            cand audit 'The audit log of every change'
            cand import 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
            cand region 'Region codes (GB/T 2260) and their history: look up, resolve, diff, validate, import'
            cand place 'Placenames (地名) with their 20-digit codes'
            cand check 'Data-quality checks: the rule catalogue, stored runs, findings, diffs and safe fixes'
            cand systems 'The information-system inventory: register, measure use, find zombies, retire them'
            cand person 'One person''s whole record (全息查询), and finding a person by name'
            cand death 'After a death (身后一件事): end the benefits, recover what was overpaid, revoke certificates'
            cand payments 'Payments against the register (三单合一): the should-pay list of a month'
            cand cert 'Signed e-certificates (电子证照): issuers and keys, types, issuing, offline verification, revocation'
            cand report 'Write the supervisor''s report: one self-contained HTML page with charts (or an xlsx)'
            cand seed 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
            cand demo 'Build a small synthetic city and run every capability on it'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;db'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the database (or upgrade it) to the latest schema'
            cand status 'Show the backend, URL, schema version, pending migrations and row counts'
            cand migrate 'Apply pending migrations'
            cand distribute 'Spread an existing database''s tables over the Citus cluster it is the coordinator of'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;db;init'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --distributed 'Spread the tables over the Citus cluster (done anyway when the database has the citus extension; with this flag a database without it is an error)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;db;status'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;db;migrate'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'List the pending migrations without applying them'
            cand --dry-run 'List the pending migrations without applying them'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;db;distribute'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'List what would be distributed without changing anything'
            cand --dry-run 'List what would be distributed without changing anything'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;db;help'= {
            cand init 'Create the database (or upgrade it) to the latest schema'
            cand status 'Show the backend, URL, schema version, pending migrations and row counts'
            cand migrate 'Apply pending migrations'
            cand distribute 'Spread an existing database''s tables over the Citus cluster it is the coordinator of'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;db;help;init'= {
        }
        &'mzctl;db;help;status'= {
        }
        &'mzctl;db;help;migrate'= {
        }
        &'mzctl;db;help;distribute'= {
        }
        &'mzctl;db;help;help'= {
        }
        &'mzctl;audit'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List recent changes, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;audit;list'= {
            cand --since 'Only entries at or after this time: YYYY-MM-DD, RFC 3339, or a span back from now (7d, 12h, 2w)'
            cand --limit 'At most this many entries'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;audit;help'= {
            cand list 'List recent changes, newest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;audit;help;list'= {
        }
        &'mzctl;audit;help;help'= {
        }
        &'mzctl;import'= {
            cand --delimiter 'Field delimiter [default: sniffed from the header line; tab for .tsv]'
            cand --sheet 'The sheet of an .xlsx/.xls/.ods file [default: the first]'
            cand --encoding 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK'
            cand --map 'Read column HEADER as FIELD (repeatable), e.g. --map 证件号=id_number'
            cand --rejects 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected, in the input''s encoding (UTF-8 with a BOM for a workbook) unless --csv-encoding says otherwise]'
            cand --on-error 'On a rejected row: skip it (default) or abort the import, storing nothing'
            cand --max-errors 'Abort, storing nothing, when more than N rows are rejected'
            cand --mode 'insert: new keys only; upsert: insert or update by natural key; replace: upsert, then delete the rows the file does not hold'
            cand --batch-size 'Rows per committed chunk [default: 50,000, or a sixteenth of the file''s rows when more; into an empty table, the whole file, sorted by key, in one transaction]'
            cand --max-field 'A field longer than this rejects its row (K, M, G suffixes; binary units)'
            cand --max-unpacked 'A spreadsheet whose parts unpack to more than this is refused unread'
            cand --max-ratio 'A spreadsheet part that unpacks to more than N times its packed size is refused'
            cand --today 'The date validation takes as today (future birth dates are errors) [default: today]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --lenient 'Store rows that break domain rules as they are, flagged, for `mzctl check` to find'
            cand -n 'Validate and count exactly what would change, writing nothing'
            cand --dry-run 'Validate and count exactly what would change, writing nothing'
            cand --resume 'Continue the interrupted batch of this file from its last committed line'
            cand --apply 'deaths: then apply the recorded deaths as `mzctl death apply` does (as of today, ending enrolments at the end of the month of death); off a terminal it needs --yes'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand batches 'List import batches, newest first'
            cand show 'Show one batch, or the rows it rejected (--rejects), split by district if asked'
            cand undo 'Remove what a batch inserted and restore what it updated or deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;import;batches'= {
            cand --limit 'At most this many batches'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;import;show'= {
            cand --rejects-file 'The rejects file, when the import was given --rejects [default: FILE.rejects.csv]'
            cand --split-by 'Write one Excel workbook of rejects per district (区县) into --out DIR, to send back'
            cand --out 'The directory of the workbooks'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --rejects 'The rows the batch rejected, read back from its rejects file'
            cand --unmask 'Keep ID numbers and phones whole in the workbooks (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;import;undo'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Count what would be removed and restored, changing nothing'
            cand --dry-run 'Count what would be removed and restored, changing nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;import;help'= {
            cand batches 'List import batches, newest first'
            cand show 'Show one batch, or the rows it rejected (--rejects), split by district if asked'
            cand undo 'Remove what a batch inserted and restore what it updated or deleted'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;import;help;batches'= {
        }
        &'mzctl;import;help;show'= {
        }
        &'mzctl;import;help;undo'= {
        }
        &'mzctl;import;help;help'= {
        }
        &'mzctl;region'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'What a code is: name, level, path, status, years, predecessors and successors'
            cand list 'Units in a year, by level and/or parent'
            cand tree 'The units under a code, as a tree'
            cand search 'Find units by name, short name, or pinyin (full or initials)'
            cand resolve 'What a code meant in a year, and what it is today'
            cand history 'Every unit that ever held a code, and the changes to and from it'
            cand diff 'What changed between the lists of two years'
            cand validate 'Check a CSV column of region codes: current, retired, unknown or malformed'
            cand import 'Load a newer official list into the database and record its changes'
            cand export 'Print the list of a year (CSV by default off a terminal)'
            cand sync 'Write the built-in versions and changes into the database, for SQL joins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;region;show'= {
            cand --at 'The unit that held the code in this year (or date) [default: today''s, else the last]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;list'= {
            cand --parent 'Only units directly under this code'
            cand --level 'Only units of this level'
            cand --at 'Units in use in this year (or date) [default: today]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;tree'= {
            cand --depth 'Levels below the root to show (0 = the root only)'
            cand --at 'The tree as it stood in this year (or date) [default: today]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;search'= {
            cand --at 'Units in use in this year (or date) [default: today]'
            cand --limit 'At most this many hits, best first (0 = all)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;resolve'= {
            cand --at 'The year (or date) the code is from [default: its latest holder]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;history'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;diff'= {
            cand --from 'The year of the list to compare from (later than --to compares backwards in time)'
            cand --to 'The year of the list to compare with [default: the latest]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;validate'= {
            cand --column 'The column holding the codes: its header, or its number counting from 1'
            cand --at 'Judge against the lists of this year (or date) instead of today''s'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --for-id 'The ID-number rule: any code ever valid in an MCA list or a GB/T 2260 edition (retired codes and XXXX01 市辖区 included) passes, as an ID number''s address code never changes'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;import'= {
            cand --version 'The year the list describes (as at 31 December)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Show the changes; store nothing'
            cand --dry-run 'Show the changes; store nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'mzctl;region;export'= {
            cand --at 'The list as at the end of this year (or date) [default: the latest]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --all 'Every source, not just the MCA county-and-above list: GB/T 2260-only codes, NBS statistical codes, and the townships and villages of Guangzhou, Wuhan and Shanghai'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;sync'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --force 'Rewrite the data even when the database already has it'
            cand -n 'Say whether anything would be written; write nothing'
            cand --dry-run 'Say whether anything would be written; write nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;region;help'= {
            cand show 'What a code is: name, level, path, status, years, predecessors and successors'
            cand list 'Units in a year, by level and/or parent'
            cand tree 'The units under a code, as a tree'
            cand search 'Find units by name, short name, or pinyin (full or initials)'
            cand resolve 'What a code meant in a year, and what it is today'
            cand history 'Every unit that ever held a code, and the changes to and from it'
            cand diff 'What changed between the lists of two years'
            cand validate 'Check a CSV column of region codes: current, retired, unknown or malformed'
            cand import 'Load a newer official list into the database and record its changes'
            cand export 'Print the list of a year (CSV by default off a terminal)'
            cand sync 'Write the built-in versions and changes into the database, for SQL joins'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;region;help;show'= {
        }
        &'mzctl;region;help;list'= {
        }
        &'mzctl;region;help;tree'= {
        }
        &'mzctl;region;help;search'= {
        }
        &'mzctl;region;help;resolve'= {
        }
        &'mzctl;region;help;history'= {
        }
        &'mzctl;region;help;diff'= {
        }
        &'mzctl;region;help;validate'= {
        }
        &'mzctl;region;help;import'= {
        }
        &'mzctl;region;help;export'= {
        }
        &'mzctl;region;help;sync'= {
        }
        &'mzctl;region;help;help'= {
        }
        &'mzctl;place'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a placename (prompts on a terminal for what is missing)'
            cand import 'Load placenames from a CSV file (all rows or none)'
            cand show 'One placename by its 20-digit code'
            cand search 'Find placenames by name, alias or pinyin'
            cand list 'List placenames by region, category and status'
            cand export 'Write placenames as CSV (the columns `place import` reads) or JSON'
            cand retire 'Mark a placename historical (abolished)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;place;add'= {
            cand --name 'Standard name (标准名称)'
            cand --category 'Category: a GB/T 18521 code (22100 or 221) or name (城镇居民点); see --help'
            cand --region 'Where it lies: a 9-digit township code, or a 6-digit county code (township 000)'
            cand --code 'The 20-digit code, when it has one already [default: the next free sequence]'
            cand --alias 'Another name (别名, 简称); repeat for several'
            cand --pinyin 'Romanized spelling [default: generated; give it when a character is read differently]'
            cand --lon 'Longitude in degrees east (CGCS2000)'
            cand --lat 'Latitude in degrees north (CGCS2000)'
            cand --meaning 'What the name means and where it comes from (含义)'
            cand --history 'History (历史沿革)'
            cand --set-up 'Year it was set up or named'
            cand --abolished 'Year it was abolished (records a historical place)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Check and show the record; store nothing'
            cand --dry-run 'Check and show the record; store nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;place;import'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Check every row and report; store nothing'
            cand --dry-run 'Check every row and report; store nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;place;show'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;place;search'= {
            cand --category 'Only this category and those under it (code or name)'
            cand --region 'Only places in this region (province, prefecture, county or township code)'
            cand --status 'Which records'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;place;list'= {
            cand --region 'Only places in this region (province, prefecture, county or township code)'
            cand --category 'Only this category and those under it (code or name)'
            cand --status 'Which records'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;place;export'= {
            cand --region 'Only places in this region (province, prefecture, county or township code)'
            cand --category 'Only this category and those under it (code or name)'
            cand --status 'Which records'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;place;retire'= {
            cand --year 'The year it was abolished [default: this year]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Show the record as it would be; change nothing'
            cand --dry-run 'Show the record as it would be; change nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;place;help'= {
            cand add 'Add a placename (prompts on a terminal for what is missing)'
            cand import 'Load placenames from a CSV file (all rows or none)'
            cand show 'One placename by its 20-digit code'
            cand search 'Find placenames by name, alias or pinyin'
            cand list 'List placenames by region, category and status'
            cand export 'Write placenames as CSV (the columns `place import` reads) or JSON'
            cand retire 'Mark a placename historical (abolished)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;place;help;add'= {
        }
        &'mzctl;place;help;import'= {
        }
        &'mzctl;place;help;show'= {
        }
        &'mzctl;place;help;search'= {
        }
        &'mzctl;place;help;list'= {
        }
        &'mzctl;place;help;export'= {
        }
        &'mzctl;place;help;retire'= {
        }
        &'mzctl;place;help;help'= {
        }
        &'mzctl;check'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The rule catalogue: id, severity, scope and title of every rule'
            cand explain 'What a rule finds, why it matters, how to fix it, an example'
            cand run 'Run the rules on the stored records; store the run and its findings'
            cand runs 'The stored runs, newest first: when, as of, scope, rules, counts'
            cand findings 'The findings of a run (the latest by default), filtered and paged'
            cand diff 'New, resolved and persisting findings per rule between two runs, over what both covered'
            cand file 'Run the per-record rules on a CSV file before importing it; nothing is written'
            cand fix 'Apply the safe automatic fixes (normalizations, retired codes with one successor)'
            cand fixes 'The values `check fix` changed, newest first: when, by whom, before and after'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;check;list'= {
            cand --rule 'Only rules matching this glob (e.g. ''id.*'')'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;explain'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;run'= {
            cand --rule 'Only rules matching this glob (repeatable), e.g. --rule ''id.*'' --rule death.still_enrolled'
            cand --region 'Only records of this region and everything under it (e.g. 440103, or 440100 for the city)'
            cand --program 'Only enrolments of this program (dibao, tekun, elder_allowance, youfu)'
            cand --as-of 'The date payments and ages are checked at [default: today]'
            cand --rules 'Rule settings (TOML): enable, disable, grace_months, exclusive pairs, head_programs, head_min_age, [ages], [programs.NAME]'
            cand --fail-on 'Exit 3 on a finding of severity error (the default), of warning or worse, on more than N findings, or never'
            cand --by 'Also print the findings as a district × rule matrix with totals and the overpaid amount (as `check findings --summary --by district,rule`)'
            cand -j 'Connections that read and check the record tables side by side [default: one per core]'
            cand --jobs 'Connections that read and check the record tables side by side [default: one per core]'
            cand --memory-limit 'Memory the run may use: beyond a quarter of it, what it gathers goes to temporary files (K, M or G) [default: 256M]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --timings 'Print the time each rule took on stderr'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;runs'= {
            cand --limit 'At most this many runs, newest first'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;findings'= {
            cand --rule 'Only findings of rules matching this glob (repeatable)'
            cand --region 'Only findings in this region, everything under it and the retired codes it took in'
            cand --severity 'Only findings of this severity or worse (warning leaves out the info-level notes)'
            cand --by 'What --summary breaks the counts down by: district, rule, or both (a matrix)'
            cand --limit 'At most this many findings'
            cand --offset 'Skip this many findings first'
            cand --split-by 'Write Excel work lists into --out DIR: one per district (区县, retired codes rolled up), or one per street (街道/镇) in a folder per district'
            cand --out 'The directory of the work lists'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --summary 'Counts (and the overpaid amount) instead of the list, broken down by --by'
            cand --unmask 'Show ID numbers in full in csv and json output (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;diff'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;file'= {
            cand --rule 'Only rules matching this glob (repeatable)'
            cand --as-of 'The date birth dates are checked against [default: today]'
            cand --rules 'Rule settings (TOML): enable, disable'
            cand --fail-on 'Exit 3 on a finding of severity error (the default), of warning or worse, on more than N findings, or never'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --rows 'List every finding (line, field, value, rule, message) instead of the summary by rule'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;fix'= {
            cand --rule 'Only fixes for rules matching this glob (repeatable) [default: every rule with an auto fix]'
            cand --as-of 'The date ID birth dates are checked against [default: today]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'List what would change, changing nothing'
            cand --dry-run 'List what would change, changing nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;fixes'= {
            cand --limit 'At most this many changes'
            cand --offset 'Skip this many changes first'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show ID numbers in full in csv and json output (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;check;help'= {
            cand list 'The rule catalogue: id, severity, scope and title of every rule'
            cand explain 'What a rule finds, why it matters, how to fix it, an example'
            cand run 'Run the rules on the stored records; store the run and its findings'
            cand runs 'The stored runs, newest first: when, as of, scope, rules, counts'
            cand findings 'The findings of a run (the latest by default), filtered and paged'
            cand diff 'New, resolved and persisting findings per rule between two runs, over what both covered'
            cand file 'Run the per-record rules on a CSV file before importing it; nothing is written'
            cand fix 'Apply the safe automatic fixes (normalizations, retired codes with one successor)'
            cand fixes 'The values `check fix` changed, newest first: when, by whom, before and after'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;check;help;list'= {
        }
        &'mzctl;check;help;explain'= {
        }
        &'mzctl;check;help;run'= {
        }
        &'mzctl;check;help;runs'= {
        }
        &'mzctl;check;help;findings'= {
        }
        &'mzctl;check;help;diff'= {
        }
        &'mzctl;check;help;file'= {
        }
        &'mzctl;check;help;fix'= {
        }
        &'mzctl;check;help;fixes'= {
        }
        &'mzctl;check;help;help'= {
        }
        &'mzctl;systems'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a system (prompts on a terminal for what is missing)'
            cand import 'Load the inventory from CSV through the import engine (canonical or Chinese headers)'
            cand list 'List registered systems'
            cand show 'One system: its fields, activity, latest scan and retirement steps'
            cand edit 'Change fields of a system'
            cand activity 'Record use: ingest access logs, record other activity'
            cand probe 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects'
            cand scan 'Classify every system as active, idle or zombie by the policy, and store the scan'
            cand policy 'The scan policy'
            cand retire 'Record the next retirement step of a system (suspected → … → retired)'
            cand report 'Systems and resources per department, vendor or state: reclaimable and reclaimed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;systems;add'= {
            cand --name 'System name (系统名称)'
            cand --department 'Department in charge (主管部门)'
            cand --owner 'Owner (负责人)'
            cand --contact 'Owner''s contact'
            cand --tags 'Function tags, ;-separated (a tag shared with an active system marks a duplicate)'
            cand --purpose 'What the system does (功能), as the clean-up register states it'
            cand --approved-by 'The body that approved the system (审批部门)'
            cand --approved-on 'When it was approved (审批时间)'
            cand --vendor 'Vendor (承建单位)'
            cand --contract-end 'End of the maintenance contract (运维合同到期)'
            cand --urls 'URLs, ;-separated'
            cand --hosts 'Hosts as host:port, ;-separated'
            cand --set 'Any other field (repeatable); see `systems edit --help` for the names'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Check and show the record; store nothing'
            cand --dry-run 'Check and show the record; store nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;import'= {
            cand --mode 'insert: new ids only; upsert: insert or update by id; replace: upsert, then delete the systems the file does not hold'
            cand --delimiter 'Field delimiter [default: sniffed from the header line; tab for .tsv]'
            cand --encoding 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK'
            cand --map 'Read column HEADER as FIELD (repeatable), e.g. --map 系统简称=id'
            cand --rejects 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Validate and count exactly what would change, writing nothing'
            cand --dry-run 'Validate and count exactly what would change, writing nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;list'= {
            cand --state 'Only systems in this lifecycle state (in_service, suspected, confirmed, offline, data, released, retired)'
            cand --department 'Only systems of this department'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;show'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;edit'= {
            cand --set 'Set a field (repeatable), e.g. --set owner=王科长'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Check and show the result; change nothing'
            cand --dry-run 'Check and show the result; change nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;activity'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ingest 'Count real use per day from web access logs (combined or common format, .gz, stdin)'
            cand record 'Record activity that is not in a log (data updates, logins, deploys, maintenance)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;systems;activity;ingest'= {
            cand --exclude-path 'Also exclude requests to this path prefix (repeatable)'
            cand --exclude-agent 'Also exclude user agents containing this text, case-insensitive (repeatable)'
            cand --exclude-suffix 'Also exclude paths ending with this (repeatable), e.g. .pdf'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --no-default-excludes 'Start from no patterns at all: only the --exclude-* given apply'
            cand -n 'Count and report; store nothing'
            cand --dry-run 'Count and report; store nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;activity;record'= {
            cand --kind 'What happened'
            cand --at 'When: a date, an RFC 3339 timestamp, or a span back from now (3d)'
            cand --count 'How many (events, logins, rows updated)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Check and show; store nothing'
            cand --dry-run 'Check and show; store nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;activity;help'= {
            cand ingest 'Count real use per day from web access logs (combined or common format, .gz, stdin)'
            cand record 'Record activity that is not in a log (data updates, logins, deploys, maintenance)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;systems;activity;help;ingest'= {
        }
        &'mzctl;systems;activity;help;record'= {
        }
        &'mzctl;systems;activity;help;help'= {
        }
        &'mzctl;systems;probe'= {
            cand --timeout 'Seconds to wait for each connection and answer'
            cand --concurrency 'Systems probed at once'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --all 'Probe every system not yet taken offline'
            cand -n 'Probe and show; store nothing'
            cand --dry-run 'Probe and show; store nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;scan'= {
            cand --policy 'Policy file (TOML) over the built-in defaults; see `mzctl systems policy show`'
            cand --as-of 'Judge as of this day [default: today]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;policy'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;systems;policy;show'= {
            cand --policy 'A policy file to check and print with the defaults filled in'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;policy;help'= {
            cand show 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;systems;policy;help;show'= {
        }
        &'mzctl;systems;policy;help;help'= {
        }
        &'mzctl;systems;retire'= {
            cand --step 'The step to record; it must be the next one [default: the next one]'
            cand --by 'Who did it (for confirmed: who approved) [default: the OS user]'
            cand --on 'The day it was done [default: today]'
            cand --note 'A note (decision document, ticket, …)'
            cand --data 'For the data step: how the data was handled'
            cand --where 'For the data step: where (the archive, the system it moved to, the destruction record)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Check the step and show it; record nothing'
            cand --dry-run 'Check the step and show it; record nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;report'= {
            cand --by 'Group by'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;systems;help'= {
            cand add 'Register a system (prompts on a terminal for what is missing)'
            cand import 'Load the inventory from CSV through the import engine (canonical or Chinese headers)'
            cand list 'List registered systems'
            cand show 'One system: its fields, activity, latest scan and retirement steps'
            cand edit 'Change fields of a system'
            cand activity 'Record use: ingest access logs, record other activity'
            cand probe 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects'
            cand scan 'Classify every system as active, idle or zombie by the policy, and store the scan'
            cand policy 'The scan policy'
            cand retire 'Record the next retirement step of a system (suspected → … → retired)'
            cand report 'Systems and resources per department, vendor or state: reclaimable and reclaimed'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;systems;help;add'= {
        }
        &'mzctl;systems;help;import'= {
        }
        &'mzctl;systems;help;list'= {
        }
        &'mzctl;systems;help;show'= {
        }
        &'mzctl;systems;help;edit'= {
        }
        &'mzctl;systems;help;activity'= {
            cand ingest 'Count real use per day from web access logs (combined or common format, .gz, stdin)'
            cand record 'Record activity that is not in a log (data updates, logins, deploys, maintenance)'
        }
        &'mzctl;systems;help;activity;ingest'= {
        }
        &'mzctl;systems;help;activity;record'= {
        }
        &'mzctl;systems;help;probe'= {
        }
        &'mzctl;systems;help;scan'= {
        }
        &'mzctl;systems;help;policy'= {
            cand show 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)'
        }
        &'mzctl;systems;help;policy;show'= {
        }
        &'mzctl;systems;help;retire'= {
        }
        &'mzctl;systems;help;report'= {
        }
        &'mzctl;systems;help;help'= {
        }
        &'mzctl;person'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches'
            cand search 'Find people by name (or its pinyin initials), region and birth year'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;person;show'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show ID numbers and phone numbers in full, in every format (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;person;search'= {
            cand --region 'Only people of this region code or under it (4401, 440106)'
            cand --born 'Only people born in this year'
            cand --limit 'At most this many people, best match first (0 = all)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show ID numbers in full, in every format (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;person;help'= {
            cand show 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches'
            cand search 'Find people by name (or its pinyin initials), region and birth year'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;person;help;show'= {
        }
        &'mzctl;person;help;search'= {
        }
        &'mzctl;person;help;help'= {
        }
        &'mzctl;death'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apply 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders'' certificates'
            cand recoveries 'The overpayments to recover, per person and per district, with totals'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;death;apply'= {
            cand --end-at 'Where an enrolment running past a death ends: the end of the month of death (that month is paid in full) or the death date'
            cand --as-of 'Deaths on or before this date are applied; payments are counted up to its month [default: today]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Show what would change, changing nothing'
            cand --dry-run 'Show what would change, changing nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;death;recoveries'= {
            cand --region 'Only this region code or under it, and the retired codes it took in'
            cand --split-by 'Write one Excel workbook per district (区县) into --out DIR: what its finance office recovers'
            cand --out 'The directory of the workbooks'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show ID numbers in full in csv, json and xlsx output and work lists (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;death;help'= {
            cand apply 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders'' certificates'
            cand recoveries 'The overpayments to recover, per person and per district, with totals'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;death;help;apply'= {
        }
        &'mzctl;death;help;recoveries'= {
        }
        &'mzctl;death;help;help'= {
        }
        &'mzctl;payments'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand expected 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount'
            cand eligible 'The people a program''s rule finds who are not enrolled (政策找人): the list each district contacts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;payments;expected'= {
            cand --month 'The month to pay for, YYYY-MM'
            cand --region 'Only this region code or under it'
            cand --program 'Only this program (dibao, tekun, elder_allowance, youfu, or the bureau''s own code)'
            cand --split-by 'Write one Excel workbook per district (区县) into --out DIR: the list its finance office pays'
            cand --out 'The directory of the workbooks'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;payments;eligible'= {
            cand --program 'The program (elder_allowance, or another with a rule in --rules)'
            cand --month 'The month, YYYY-MM'
            cand --region 'Only this region code or under it'
            cand --rules 'Program rules (TOML, as for check run): [programs.NAME] min_age, max_age, regions, required, excluded, tiers'
            cand --split-by 'Write one Excel workbook per district (区县) into --out DIR: the people its bureau should contact'
            cand --out 'The directory of the workbooks'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;payments;help'= {
            cand expected 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount'
            cand eligible 'The people a program''s rule finds who are not enrolled (政策找人): the list each district contacts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;payments;help;expected'= {
        }
        &'mzctl;payments;help;eligible'= {
        }
        &'mzctl;payments;help;help'= {
        }
        &'mzctl;cert'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand issuer 'Issuing authorities and their signing keys'
            cand trust 'The trust list verifiers use offline'
            cand type 'Certificate types: the built-in ones and those added from TOML'
            cand issue 'Issue certificates: to one holder, to a list, or to everyone eligible'
            cand verify 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)'
            cand revoke 'Revoke a certificate (status 03)'
            cand list 'List issued certificates'
            cand show 'One certificate: its metadata and payload; write its files again'
            cand revocations 'The signed list of revoked certificates verifiers use offline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;issuer'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create an issuing authority and its signing key'
            cand list 'Issuing authorities and their keys'
            cand rotate 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;issuer;init'= {
            cand --name 'The authority''s name, as printed on certificates and its seal (e.g. 广州市民政局)'
            cand --uscc 'Its unified social credit code (18 characters)'
            cand --region 'Its region code (6 digits): elder cards go to people living there'
            cand --alg 'Signature algorithm'
            cand --key 'Write the private key here instead of the data directory'
            cand --passphrase-file 'Read the passphrase from the first line of FILE (implies --encrypt)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --encrypt 'Encrypt the key file with a passphrase'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;issuer;list'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;issuer;rotate'= {
            cand --issuer 'The issuer''s credit code [default: the only issuer]'
            cand --alg 'Algorithm of the new key [default: the old key''s]'
            cand --key 'Write the new private key here instead of the data directory'
            cand --passphrase-file 'Read the passphrase from the first line of FILE (implies --encrypt)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --encrypt 'Encrypt the new key file with a passphrase'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;issuer;help'= {
            cand init 'Create an issuing authority and its signing key'
            cand list 'Issuing authorities and their keys'
            cand rotate 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;issuer;help;init'= {
        }
        &'mzctl;cert;issuer;help;list'= {
        }
        &'mzctl;cert;issuer;help;rotate'= {
        }
        &'mzctl;cert;issuer;help;help'= {
        }
        &'mzctl;cert;trust'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;trust;export'= {
            cand --out 'Write to FILE instead of stdout'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;trust;help'= {
            cand export 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;trust;help;export'= {
        }
        &'mzctl;cert;trust;help;help'= {
        }
        &'mzctl;cert;type'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'The certificate types: built in and added'
            cand show 'One type: its fields, validity and eligibility rule'
            cand add 'Add types (or replace added ones) from a TOML file of [[type]] tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;type;list'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;type;show'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;type;add'= {
            cand --from 'The TOML file'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;type;help'= {
            cand list 'The certificate types: built in and added'
            cand show 'One type: its fields, validity and eligibility rule'
            cand add 'Add types (or replace added ones) from a TOML file of [[type]] tables'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;type;help;list'= {
        }
        &'mzctl;cert;type;help;show'= {
        }
        &'mzctl;cert;type;help;add'= {
        }
        &'mzctl;cert;type;help;help'= {
        }
        &'mzctl;cert;issue'= {
            cand --type 'Certificate type (elder-card, dibao, tekun, cremation, or an added one)'
            cand --holder 'One holder''s ID number'
            cand --from 'A file (or -) of ID numbers: one per line, or CSV with an id_number/身份证号 column'
            cand --issuer 'The issuing authority''s credit code [default: the only issuer]'
            cand --region 'Only people in this region (within the issuer''s)'
            cand --limit 'Issue at most N certificates'
            cand --valid-until 'Last valid day [default: by the type''s rule]'
            cand --as-of 'Issue date [default: today]'
            cand --out 'Write each certificate''s files into DIR'
            cand --key 'The private key file [default: where `issuer init` wrote it]'
            cand --passphrase-file 'Read the key''s passphrase from the first line of FILE'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --eligible 'Everyone eligible who has no valid certificate of the type'
            cand --render 'Also write QR images and printable cards in bulk runs'
            cand --replace 'A holder with a valid certificate of the type gets a new one; the old one is cancelled (04)'
            cand -n 'Count who would get one; sign and store nothing'
            cand --dry-run 'Count who would get one; sign and store nothing'
            cand --unmask 'Show full ID numbers in the table'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;verify'= {
            cand --trust 'Trust list file (offline verification)'
            cand --revocations 'Revocation list file(s), one per issuer'
            cand --at 'Judge validity on this date [default: today]'
            cand --max-age 'The oldest a trust or revocation list may be, from its time of issue (2w, 30d, 12h)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --allow-stale 'Accept stale lists: VALID is then possible, and the output says the list was stale'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;revoke'= {
            cand --reason 'Why (kept with the certificate)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand -n 'Check and show; change nothing'
            cand --dry-run 'Check and show; change nothing'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;list'= {
            cand --type 'Only this type'
            cand --status 'Only this status: a code (01) or a name (valid, revoked, cancelled, …)'
            cand --holder 'Only this holder''s ID number'
            cand --issuer 'Only this issuer''s credit code'
            cand --limit 'At most N certificates'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show full ID numbers in the table'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;show'= {
            cand --out 'Write its files again into DIR: record, payload, QR (SVG, PNG), card'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --unmask 'Show the full ID number'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;revocations'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;revocations;export'= {
            cand --issuer 'The issuer''s credit code [default: the only issuer]'
            cand --out 'Write to FILE instead of stdout'
            cand --key 'The private key file [default: where `issuer init` wrote it]'
            cand --passphrase-file 'Read the key''s passphrase from the first line of FILE'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;cert;revocations;help'= {
            cand export 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;revocations;help;export'= {
        }
        &'mzctl;cert;revocations;help;help'= {
        }
        &'mzctl;cert;help'= {
            cand issuer 'Issuing authorities and their signing keys'
            cand trust 'The trust list verifiers use offline'
            cand type 'Certificate types: the built-in ones and those added from TOML'
            cand issue 'Issue certificates: to one holder, to a list, or to everyone eligible'
            cand verify 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)'
            cand revoke 'Revoke a certificate (status 03)'
            cand list 'List issued certificates'
            cand show 'One certificate: its metadata and payload; write its files again'
            cand revocations 'The signed list of revoked certificates verifiers use offline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;cert;help;issuer'= {
            cand init 'Create an issuing authority and its signing key'
            cand list 'Issuing authorities and their keys'
            cand rotate 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)'
        }
        &'mzctl;cert;help;issuer;init'= {
        }
        &'mzctl;cert;help;issuer;list'= {
        }
        &'mzctl;cert;help;issuer;rotate'= {
        }
        &'mzctl;cert;help;trust'= {
            cand export 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)'
        }
        &'mzctl;cert;help;trust;export'= {
        }
        &'mzctl;cert;help;type'= {
            cand list 'The certificate types: built in and added'
            cand show 'One type: its fields, validity and eligibility rule'
            cand add 'Add types (or replace added ones) from a TOML file of [[type]] tables'
        }
        &'mzctl;cert;help;type;list'= {
        }
        &'mzctl;cert;help;type;show'= {
        }
        &'mzctl;cert;help;type;add'= {
        }
        &'mzctl;cert;help;issue'= {
        }
        &'mzctl;cert;help;verify'= {
        }
        &'mzctl;cert;help;revoke'= {
        }
        &'mzctl;cert;help;list'= {
        }
        &'mzctl;cert;help;show'= {
        }
        &'mzctl;cert;help;revocations'= {
            cand export 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)'
        }
        &'mzctl;cert;help;revocations;export'= {
        }
        &'mzctl;cert;help;help'= {
        }
        &'mzctl;report'= {
            cand --out 'The file to write (.html; .xlsx with --format xlsx)'
            cand --region 'Only this region (province, prefecture or county code), with the retired codes it took in'
            cand --as-of 'The date the report describes [default: today]'
            cand --from 'First month of the monthly series [default: the 24 months up to --as-of]'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;seed'= {
            cand --region 'Province, prefecture or county code whose county-level units the people live in'
            cand --people 'Number of people'
            cand --seed 'Random seed: the same arguments give byte-identical files on any machine'
            cand --defects 'Share of records given one known defect (0–1), listed in manifest.json; 0 = clean data'
            cand --as-of 'The date the data describes [default: today]'
            cand --out 'Directory for the CSV files, logs/ and manifest.json [default: mzctl-seed, or a temporary directory with --into-db]'
            cand --headers 'Column headers: canonical English names, or the Chinese ones of real exports'
            cand --encoding 'File encoding'
            cand --systems 'Number of information systems in the inventory (with access logs)'
            cand --death-years 'Years of death records: deaths fall in the last N years before the as-of date'
            cand --spells 'Past, ended dibao spells per adult, on average (0 = current enrolments only): the case history a register keeps; 1.7 with --death-years 7 gives about 1.2M enrolments and 50k deaths per 1M people'
            cand --dibao-rate 'Share of adults with a current dibao (最低生活保障) enrolment, paid in the ledger each month it covers: 0.012 is a city''s usual rate; a payments benchmark raises it to fill a ledger of hundreds of thousands of recipients a month'
            cand --cards 'With --into-db: the share of people 60 or older who hold an elder card issued a year before the as-of date (by a synthetic issuer of the region, key beside the files), with some dead holders and some malformed holder numbers, listed in manifest.json'
            cand --payment-months 'Months of benefit payments in payments.csv: the ledger of the N months before the as-of date''s, every enrolment paid as due, with pay.* defects at the --defects rate (0 = none)'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --into-db 'Load the records into the database through the import engine (leniently: injected defects are stored, flagged), one import batch per file'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;demo'= {
            cand --dir 'The demo''s folder, made afresh on each run (new, empty, or an earlier demo''s) [default: $XDG_DATA_HOME/mzctl/demo]'
            cand --people 'Number of people in the city'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;completions'= {
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;man'= {
            cand --out 'Write every page (mzctl.1, mzctl-db.1, mzctl-db-init.1, …) into this directory; without it, print mzctl(1) on stdout'
            cand --db 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]'
            cand --format 'Output format [default: table on a terminal, tab-separated text otherwise]'
            cand --csv-encoding 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]'
            cand --color 'When to use colour (NO_COLOR is honoured under auto)'
            cand --lang 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English'
            cand --csv-headers 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh'
            cand --json 'Shorthand for --format json'
            cand -q 'No progress bars or status messages on stderr'
            cand --quiet 'No progress bars or status messages on stderr'
            cand -y 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand --yes 'Answer yes to confirmations (needed for destructive steps off a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'mzctl;help'= {
            cand db 'Create, upgrade and inspect the database'
            cand audit 'The audit log of every change'
            cand import 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches'
            cand region 'Region codes (GB/T 2260) and their history: look up, resolve, diff, validate, import'
            cand place 'Placenames (地名) with their 20-digit codes'
            cand check 'Data-quality checks: the rule catalogue, stored runs, findings, diffs and safe fixes'
            cand systems 'The information-system inventory: register, measure use, find zombies, retire them'
            cand person 'One person''s whole record (全息查询), and finding a person by name'
            cand death 'After a death (身后一件事): end the benefits, recover what was overpaid, revoke certificates'
            cand payments 'Payments against the register (三单合一): the should-pay list of a month'
            cand cert 'Signed e-certificates (电子证照): issuers and keys, types, issuing, offline verification, revocation'
            cand report 'Write the supervisor''s report: one self-contained HTML page with charts (or an xlsx)'
            cand seed 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems'
            cand demo 'Build a small synthetic city and run every capability on it'
            cand completions 'Print a shell completion script'
            cand man 'Write the man pages'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'mzctl;help;db'= {
            cand init 'Create the database (or upgrade it) to the latest schema'
            cand status 'Show the backend, URL, schema version, pending migrations and row counts'
            cand migrate 'Apply pending migrations'
            cand distribute 'Spread an existing database''s tables over the Citus cluster it is the coordinator of'
        }
        &'mzctl;help;db;init'= {
        }
        &'mzctl;help;db;status'= {
        }
        &'mzctl;help;db;migrate'= {
        }
        &'mzctl;help;db;distribute'= {
        }
        &'mzctl;help;audit'= {
            cand list 'List recent changes, newest first'
        }
        &'mzctl;help;audit;list'= {
        }
        &'mzctl;help;import'= {
            cand batches 'List import batches, newest first'
            cand show 'Show one batch, or the rows it rejected (--rejects), split by district if asked'
            cand undo 'Remove what a batch inserted and restore what it updated or deleted'
        }
        &'mzctl;help;import;batches'= {
        }
        &'mzctl;help;import;show'= {
        }
        &'mzctl;help;import;undo'= {
        }
        &'mzctl;help;region'= {
            cand show 'What a code is: name, level, path, status, years, predecessors and successors'
            cand list 'Units in a year, by level and/or parent'
            cand tree 'The units under a code, as a tree'
            cand search 'Find units by name, short name, or pinyin (full or initials)'
            cand resolve 'What a code meant in a year, and what it is today'
            cand history 'Every unit that ever held a code, and the changes to and from it'
            cand diff 'What changed between the lists of two years'
            cand validate 'Check a CSV column of region codes: current, retired, unknown or malformed'
            cand import 'Load a newer official list into the database and record its changes'
            cand export 'Print the list of a year (CSV by default off a terminal)'
            cand sync 'Write the built-in versions and changes into the database, for SQL joins'
        }
        &'mzctl;help;region;show'= {
        }
        &'mzctl;help;region;list'= {
        }
        &'mzctl;help;region;tree'= {
        }
        &'mzctl;help;region;search'= {
        }
        &'mzctl;help;region;resolve'= {
        }
        &'mzctl;help;region;history'= {
        }
        &'mzctl;help;region;diff'= {
        }
        &'mzctl;help;region;validate'= {
        }
        &'mzctl;help;region;import'= {
        }
        &'mzctl;help;region;export'= {
        }
        &'mzctl;help;region;sync'= {
        }
        &'mzctl;help;place'= {
            cand add 'Add a placename (prompts on a terminal for what is missing)'
            cand import 'Load placenames from a CSV file (all rows or none)'
            cand show 'One placename by its 20-digit code'
            cand search 'Find placenames by name, alias or pinyin'
            cand list 'List placenames by region, category and status'
            cand export 'Write placenames as CSV (the columns `place import` reads) or JSON'
            cand retire 'Mark a placename historical (abolished)'
        }
        &'mzctl;help;place;add'= {
        }
        &'mzctl;help;place;import'= {
        }
        &'mzctl;help;place;show'= {
        }
        &'mzctl;help;place;search'= {
        }
        &'mzctl;help;place;list'= {
        }
        &'mzctl;help;place;export'= {
        }
        &'mzctl;help;place;retire'= {
        }
        &'mzctl;help;check'= {
            cand list 'The rule catalogue: id, severity, scope and title of every rule'
            cand explain 'What a rule finds, why it matters, how to fix it, an example'
            cand run 'Run the rules on the stored records; store the run and its findings'
            cand runs 'The stored runs, newest first: when, as of, scope, rules, counts'
            cand findings 'The findings of a run (the latest by default), filtered and paged'
            cand diff 'New, resolved and persisting findings per rule between two runs, over what both covered'
            cand file 'Run the per-record rules on a CSV file before importing it; nothing is written'
            cand fix 'Apply the safe automatic fixes (normalizations, retired codes with one successor)'
            cand fixes 'The values `check fix` changed, newest first: when, by whom, before and after'
        }
        &'mzctl;help;check;list'= {
        }
        &'mzctl;help;check;explain'= {
        }
        &'mzctl;help;check;run'= {
        }
        &'mzctl;help;check;runs'= {
        }
        &'mzctl;help;check;findings'= {
        }
        &'mzctl;help;check;diff'= {
        }
        &'mzctl;help;check;file'= {
        }
        &'mzctl;help;check;fix'= {
        }
        &'mzctl;help;check;fixes'= {
        }
        &'mzctl;help;systems'= {
            cand add 'Register a system (prompts on a terminal for what is missing)'
            cand import 'Load the inventory from CSV through the import engine (canonical or Chinese headers)'
            cand list 'List registered systems'
            cand show 'One system: its fields, activity, latest scan and retirement steps'
            cand edit 'Change fields of a system'
            cand activity 'Record use: ingest access logs, record other activity'
            cand probe 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects'
            cand scan 'Classify every system as active, idle or zombie by the policy, and store the scan'
            cand policy 'The scan policy'
            cand retire 'Record the next retirement step of a system (suspected → … → retired)'
            cand report 'Systems and resources per department, vendor or state: reclaimable and reclaimed'
        }
        &'mzctl;help;systems;add'= {
        }
        &'mzctl;help;systems;import'= {
        }
        &'mzctl;help;systems;list'= {
        }
        &'mzctl;help;systems;show'= {
        }
        &'mzctl;help;systems;edit'= {
        }
        &'mzctl;help;systems;activity'= {
            cand ingest 'Count real use per day from web access logs (combined or common format, .gz, stdin)'
            cand record 'Record activity that is not in a log (data updates, logins, deploys, maintenance)'
        }
        &'mzctl;help;systems;activity;ingest'= {
        }
        &'mzctl;help;systems;activity;record'= {
        }
        &'mzctl;help;systems;probe'= {
        }
        &'mzctl;help;systems;scan'= {
        }
        &'mzctl;help;systems;policy'= {
            cand show 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)'
        }
        &'mzctl;help;systems;policy;show'= {
        }
        &'mzctl;help;systems;retire'= {
        }
        &'mzctl;help;systems;report'= {
        }
        &'mzctl;help;person'= {
            cand show 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches'
            cand search 'Find people by name (or its pinyin initials), region and birth year'
        }
        &'mzctl;help;person;show'= {
        }
        &'mzctl;help;person;search'= {
        }
        &'mzctl;help;death'= {
            cand apply 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders'' certificates'
            cand recoveries 'The overpayments to recover, per person and per district, with totals'
        }
        &'mzctl;help;death;apply'= {
        }
        &'mzctl;help;death;recoveries'= {
        }
        &'mzctl;help;payments'= {
            cand expected 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount'
            cand eligible 'The people a program''s rule finds who are not enrolled (政策找人): the list each district contacts'
        }
        &'mzctl;help;payments;expected'= {
        }
        &'mzctl;help;payments;eligible'= {
        }
        &'mzctl;help;cert'= {
            cand issuer 'Issuing authorities and their signing keys'
            cand trust 'The trust list verifiers use offline'
            cand type 'Certificate types: the built-in ones and those added from TOML'
            cand issue 'Issue certificates: to one holder, to a list, or to everyone eligible'
            cand verify 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)'
            cand revoke 'Revoke a certificate (status 03)'
            cand list 'List issued certificates'
            cand show 'One certificate: its metadata and payload; write its files again'
            cand revocations 'The signed list of revoked certificates verifiers use offline'
        }
        &'mzctl;help;cert;issuer'= {
            cand init 'Create an issuing authority and its signing key'
            cand list 'Issuing authorities and their keys'
            cand rotate 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)'
        }
        &'mzctl;help;cert;issuer;init'= {
        }
        &'mzctl;help;cert;issuer;list'= {
        }
        &'mzctl;help;cert;issuer;rotate'= {
        }
        &'mzctl;help;cert;trust'= {
            cand export 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)'
        }
        &'mzctl;help;cert;trust;export'= {
        }
        &'mzctl;help;cert;type'= {
            cand list 'The certificate types: built in and added'
            cand show 'One type: its fields, validity and eligibility rule'
            cand add 'Add types (or replace added ones) from a TOML file of [[type]] tables'
        }
        &'mzctl;help;cert;type;list'= {
        }
        &'mzctl;help;cert;type;show'= {
        }
        &'mzctl;help;cert;type;add'= {
        }
        &'mzctl;help;cert;issue'= {
        }
        &'mzctl;help;cert;verify'= {
        }
        &'mzctl;help;cert;revoke'= {
        }
        &'mzctl;help;cert;list'= {
        }
        &'mzctl;help;cert;show'= {
        }
        &'mzctl;help;cert;revocations'= {
            cand export 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)'
        }
        &'mzctl;help;cert;revocations;export'= {
        }
        &'mzctl;help;report'= {
        }
        &'mzctl;help;seed'= {
        }
        &'mzctl;help;demo'= {
        }
        &'mzctl;help;completions'= {
        }
        &'mzctl;help;man'= {
        }
        &'mzctl;help;help'= {
        }
    ]
    $completions[$command]
}
