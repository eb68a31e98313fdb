
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'mzctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'mzctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'mzctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create, upgrade and inspect the database')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'Region codes (GB/T 2260) and their history: look up, resolve, diff, validate, import')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Placenames (地名) with their 20-digit codes')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Data-quality checks: the rule catalogue, stored runs, findings, diffs and safe fixes')
            [CompletionResult]::new('systems', 'systems', [CompletionResultType]::ParameterValue, 'The information-system inventory: register, measure use, find zombies, retire them')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'One person''s whole record (全息查询), and finding a person by name')
            [CompletionResult]::new('death', 'death', [CompletionResultType]::ParameterValue, 'After a death (身后一件事): end the benefits, recover what was overpaid, revoke certificates')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'Payments against the register (三单合一): the should-pay list of a month')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Signed e-certificates (电子证照): issuers and keys, types, issuing, offline verification, revocation')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Write the supervisor''s report: one self-contained HTML page with charts (or an xlsx)')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a small synthetic city and run every capability on it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (or upgrade it) to the latest schema')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, URL, schema version, pending migrations and row counts')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations')
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Spread an existing database''s tables over the Citus cluster it is the coordinator of')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;db;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--distributed', '--distributed', [CompletionResultType]::ParameterName, 'Spread the tables over the Citus cluster (done anyway when the database has the citus extension; with this flag a database without it is an error)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;db;status' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;db;migrate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List the pending migrations without applying them')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List the pending migrations without applying them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;db;distribute' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List what would be distributed without changing anything')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be distributed without changing anything')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;db;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (or upgrade it) to the latest schema')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, URL, schema version, pending migrations and row counts')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations')
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Spread an existing database''s tables over the Citus cluster it is the coordinator of')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;db;help;init' {
            break
        }
        'mzctl;db;help;status' {
            break
        }
        'mzctl;db;help;migrate' {
            break
        }
        'mzctl;db;help;distribute' {
            break
        }
        'mzctl;db;help;help' {
            break
        }
        'mzctl;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recent changes, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after this time: YYYY-MM-DD, RFC 3339, or a span back from now (7d, 12h, 2w)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recent changes, newest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;audit;help;list' {
            break
        }
        'mzctl;audit;help;help' {
            break
        }
        'mzctl;import' {
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter [default: sniffed from the header line; tab for .tsv]')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet of an .xlsx/.xls/.ods file [default: the first]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read column HEADER as FIELD (repeatable), e.g. --map 证件号=id_number')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected, in the input''s encoding (UTF-8 with a BOM for a workbook) unless --csv-encoding says otherwise]')
            [CompletionResult]::new('--on-error', '--on-error', [CompletionResultType]::ParameterName, 'On a rejected row: skip it (default) or abort the import, storing nothing')
            [CompletionResult]::new('--max-errors', '--max-errors', [CompletionResultType]::ParameterName, 'Abort, storing nothing, when more than N rows are rejected')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'insert: new keys only; upsert: insert or update by natural key; replace: upsert, then delete the rows the file does not hold')
            [CompletionResult]::new('--batch-size', '--batch-size', [CompletionResultType]::ParameterName, 'Rows per committed chunk [default: 50,000, or a sixteenth of the file''s rows when more; into an empty table, the whole file, sorted by key, in one transaction]')
            [CompletionResult]::new('--max-field', '--max-field', [CompletionResultType]::ParameterName, 'A field longer than this rejects its row (K, M, G suffixes; binary units)')
            [CompletionResult]::new('--max-unpacked', '--max-unpacked', [CompletionResultType]::ParameterName, 'A spreadsheet whose parts unpack to more than this is refused unread')
            [CompletionResult]::new('--max-ratio', '--max-ratio', [CompletionResultType]::ParameterName, 'A spreadsheet part that unpacks to more than N times its packed size is refused')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'The date validation takes as today (future birth dates are errors) [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--lenient', '--lenient', [CompletionResultType]::ParameterName, 'Store rows that break domain rules as they are, flagged, for `mzctl check` to find')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Validate and count exactly what would change, writing nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and count exactly what would change, writing nothing')
            [CompletionResult]::new('--resume', '--resume', [CompletionResultType]::ParameterName, 'Continue the interrupted batch of this file from its last committed line')
            [CompletionResult]::new('--apply', '--apply', [CompletionResultType]::ParameterName, 'deaths: then apply the recorded deaths as `mzctl death apply` does (as of today, ending enrolments at the end of the month of death); off a terminal it needs --yes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List import batches, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one batch, or the rows it rejected (--rejects), split by district if asked')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove what a batch inserted and restore what it updated or deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;import;batches' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many batches')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;import;show' {
            [CompletionResult]::new('--rejects-file', '--rejects-file', [CompletionResultType]::ParameterName, 'The rejects file, when the import was given --rejects [default: FILE.rejects.csv]')
            [CompletionResult]::new('--split-by', '--split-by', [CompletionResultType]::ParameterName, 'Write one Excel workbook of rejects per district (区县) into --out DIR, to send back')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory of the workbooks')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'The rows the batch rejected, read back from its rejects file')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Keep ID numbers and phones whole in the workbooks (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;import;undo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Count what would be removed and restored, changing nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count what would be removed and restored, changing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;import;help' {
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List import batches, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one batch, or the rows it rejected (--rejects), split by district if asked')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove what a batch inserted and restore what it updated or deleted')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;import;help;batches' {
            break
        }
        'mzctl;import;help;show' {
            break
        }
        'mzctl;import;help;undo' {
            break
        }
        'mzctl;import;help;help' {
            break
        }
        'mzctl;region' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'What a code is: name, level, path, status, years, predecessors and successors')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Units in a year, by level and/or parent')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'The units under a code, as a tree')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find units by name, short name, or pinyin (full or initials)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'What a code meant in a year, and what it is today')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every unit that ever held a code, and the changes to and from it')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between the lists of two years')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a CSV column of region codes: current, retired, unknown or malformed')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a newer official list into the database and record its changes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the list of a year (CSV by default off a terminal)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Write the built-in versions and changes into the database, for SQL joins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;region;show' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The unit that held the code in this year (or date) [default: today''s, else the last]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;list' {
            [CompletionResult]::new('--parent', '--parent', [CompletionResultType]::ParameterName, 'Only units directly under this code')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'Only units of this level')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Units in use in this year (or date) [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;tree' {
            [CompletionResult]::new('--depth', '--depth', [CompletionResultType]::ParameterName, 'Levels below the root to show (0 = the root only)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The tree as it stood in this year (or date) [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;search' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Units in use in this year (or date) [default: today]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many hits, best first (0 = all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;resolve' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The year (or date) the code is from [default: its latest holder]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;diff' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The year of the list to compare from (later than --to compares backwards in time)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The year of the list to compare with [default: the latest]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;validate' {
            [CompletionResult]::new('--column', '--column', [CompletionResultType]::ParameterName, 'The column holding the codes: its header, or its number counting from 1')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Judge against the lists of this year (or date) instead of today''s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--for-id', '--for-id', [CompletionResultType]::ParameterName, 'The ID-number rule: any code ever valid in an MCA list or a GB/T 2260 edition (retired codes and XXXX01 市辖区 included) passes, as an ID number''s address code never changes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;import' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The year the list describes (as at 31 December)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show the changes; store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the changes; store nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'mzctl;region;export' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The list as at the end of this year (or date) [default: the latest]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every source, not just the MCA county-and-above list: GB/T 2260-only codes, NBS statistical codes, and the townships and villages of Guangzhou, Wuhan and Shanghai')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;sync' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Rewrite the data even when the database already has it')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Say whether anything would be written; write nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say whether anything would be written; write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;region;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'What a code is: name, level, path, status, years, predecessors and successors')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Units in a year, by level and/or parent')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'The units under a code, as a tree')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find units by name, short name, or pinyin (full or initials)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'What a code meant in a year, and what it is today')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every unit that ever held a code, and the changes to and from it')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between the lists of two years')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a CSV column of region codes: current, retired, unknown or malformed')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a newer official list into the database and record its changes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the list of a year (CSV by default off a terminal)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Write the built-in versions and changes into the database, for SQL joins')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;region;help;show' {
            break
        }
        'mzctl;region;help;list' {
            break
        }
        'mzctl;region;help;tree' {
            break
        }
        'mzctl;region;help;search' {
            break
        }
        'mzctl;region;help;resolve' {
            break
        }
        'mzctl;region;help;history' {
            break
        }
        'mzctl;region;help;diff' {
            break
        }
        'mzctl;region;help;validate' {
            break
        }
        'mzctl;region;help;import' {
            break
        }
        'mzctl;region;help;export' {
            break
        }
        'mzctl;region;help;sync' {
            break
        }
        'mzctl;region;help;help' {
            break
        }
        'mzctl;place' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a placename (prompts on a terminal for what is missing)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load placenames from a CSV file (all rows or none)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One placename by its 20-digit code')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find placenames by name, alias or pinyin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List placenames by region, category and status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write placenames as CSV (the columns `place import` reads) or JSON')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Mark a placename historical (abolished)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;place;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Standard name (标准名称)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Category: a GB/T 18521 code (22100 or 221) or name (城镇居民点); see --help')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Where it lies: a 9-digit township code, or a 6-digit county code (township 000)')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The 20-digit code, when it has one already [default: the next free sequence]')
            [CompletionResult]::new('--alias', '--alias', [CompletionResultType]::ParameterName, 'Another name (别名, 简称); repeat for several')
            [CompletionResult]::new('--pinyin', '--pinyin', [CompletionResultType]::ParameterName, 'Romanized spelling [default: generated; give it when a character is read differently]')
            [CompletionResult]::new('--lon', '--lon', [CompletionResultType]::ParameterName, 'Longitude in degrees east (CGCS2000)')
            [CompletionResult]::new('--lat', '--lat', [CompletionResultType]::ParameterName, 'Latitude in degrees north (CGCS2000)')
            [CompletionResult]::new('--meaning', '--meaning', [CompletionResultType]::ParameterName, 'What the name means and where it comes from (含义)')
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'History (历史沿革)')
            [CompletionResult]::new('--set-up', '--set-up', [CompletionResultType]::ParameterName, 'Year it was set up or named')
            [CompletionResult]::new('--abolished', '--abolished', [CompletionResultType]::ParameterName, 'Year it was abolished (records a historical place)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check and show the record; store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and show the record; store nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;place;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check every row and report; store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report; store nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;place;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;place;search' {
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category and those under it (code or name)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only places in this region (province, prefecture, county or township code)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which records')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;place;list' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only places in this region (province, prefecture, county or township code)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category and those under it (code or name)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which records')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;place;export' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only places in this region (province, prefecture, county or township code)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category and those under it (code or name)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which records')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;place;retire' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year it was abolished [default: this year]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show the record as it would be; change nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the record as it would be; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;place;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a placename (prompts on a terminal for what is missing)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load placenames from a CSV file (all rows or none)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One placename by its 20-digit code')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find placenames by name, alias or pinyin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List placenames by region, category and status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write placenames as CSV (the columns `place import` reads) or JSON')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Mark a placename historical (abolished)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;place;help;add' {
            break
        }
        'mzctl;place;help;import' {
            break
        }
        'mzctl;place;help;show' {
            break
        }
        'mzctl;place;help;search' {
            break
        }
        'mzctl;place;help;list' {
            break
        }
        'mzctl;place;help;export' {
            break
        }
        'mzctl;place;help;retire' {
            break
        }
        'mzctl;place;help;help' {
            break
        }
        'mzctl;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The rule catalogue: id, severity, scope and title of every rule')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'What a rule finds, why it matters, how to fix it, an example')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the rules on the stored records; store the run and its findings')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'The stored runs, newest first: when, as of, scope, rules, counts')
            [CompletionResult]::new('findings', 'findings', [CompletionResultType]::ParameterValue, 'The findings of a run (the latest by default), filtered and paged')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'New, resolved and persisting findings per rule between two runs, over what both covered')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Run the per-record rules on a CSV file before importing it; nothing is written')
            [CompletionResult]::new('fix', 'fix', [CompletionResultType]::ParameterValue, 'Apply the safe automatic fixes (normalizations, retired codes with one successor)')
            [CompletionResult]::new('fixes', 'fixes', [CompletionResultType]::ParameterValue, 'The values `check fix` changed, newest first: when, by whom, before and after')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;check;list' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only rules matching this glob (e.g. ''id.*'')')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;explain' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;run' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only rules matching this glob (repeatable), e.g. --rule ''id.*'' --rule death.still_enrolled')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only records of this region and everything under it (e.g. 440103, or 440100 for the city)')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'Only enrolments of this program (dibao, tekun, elder_allowance, youfu)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date payments and ages are checked at [default: today]')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Rule settings (TOML): enable, disable, grace_months, exclusive pairs, head_programs, head_min_age, [ages], [programs.NAME]')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 3 on a finding of severity error (the default), of warning or worse, on more than N findings, or never')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Also print the findings as a district × rule matrix with totals and the overpaid amount (as `check findings --summary --by district,rule`)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Connections that read and check the record tables side by side [default: one per core]')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Connections that read and check the record tables side by side [default: one per core]')
            [CompletionResult]::new('--memory-limit', '--memory-limit', [CompletionResultType]::ParameterName, 'Memory the run may use: beyond a quarter of it, what it gathers goes to temporary files (K, M or G) [default: 256M]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--timings', '--timings', [CompletionResultType]::ParameterName, 'Print the time each rule took on stderr')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;runs' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many runs, newest first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;findings' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only findings of rules matching this glob (repeatable)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only findings in this region, everything under it and the retired codes it took in')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'Only findings of this severity or worse (warning leaves out the info-level notes)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'What --summary breaks the counts down by: district, rule, or both (a matrix)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many findings')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many findings first')
            [CompletionResult]::new('--split-by', '--split-by', [CompletionResultType]::ParameterName, 'Write Excel work lists into --out DIR: one per district (区县, retired codes rolled up), or one per street (街道/镇) in a folder per district')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory of the work lists')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'Counts (and the overpaid amount) instead of the list, broken down by --by')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show ID numbers in full in csv and json output (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;diff' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;file' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only rules matching this glob (repeatable)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date birth dates are checked against [default: today]')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Rule settings (TOML): enable, disable')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 3 on a finding of severity error (the default), of warning or worse, on more than N findings, or never')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--rows', '--rows', [CompletionResultType]::ParameterName, 'List every finding (line, field, value, rule, message) instead of the summary by rule')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;fix' {
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Only fixes for rules matching this glob (repeatable) [default: every rule with an auto fix]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date ID birth dates are checked against [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'List what would change, changing nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would change, changing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;fixes' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many changes')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip this many changes first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show ID numbers in full in csv and json output (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;check;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The rule catalogue: id, severity, scope and title of every rule')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'What a rule finds, why it matters, how to fix it, an example')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the rules on the stored records; store the run and its findings')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'The stored runs, newest first: when, as of, scope, rules, counts')
            [CompletionResult]::new('findings', 'findings', [CompletionResultType]::ParameterValue, 'The findings of a run (the latest by default), filtered and paged')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'New, resolved and persisting findings per rule between two runs, over what both covered')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Run the per-record rules on a CSV file before importing it; nothing is written')
            [CompletionResult]::new('fix', 'fix', [CompletionResultType]::ParameterValue, 'Apply the safe automatic fixes (normalizations, retired codes with one successor)')
            [CompletionResult]::new('fixes', 'fixes', [CompletionResultType]::ParameterValue, 'The values `check fix` changed, newest first: when, by whom, before and after')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;check;help;list' {
            break
        }
        'mzctl;check;help;explain' {
            break
        }
        'mzctl;check;help;run' {
            break
        }
        'mzctl;check;help;runs' {
            break
        }
        'mzctl;check;help;findings' {
            break
        }
        'mzctl;check;help;diff' {
            break
        }
        'mzctl;check;help;file' {
            break
        }
        'mzctl;check;help;fix' {
            break
        }
        'mzctl;check;help;fixes' {
            break
        }
        'mzctl;check;help;help' {
            break
        }
        'mzctl;systems' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a system (prompts on a terminal for what is missing)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load the inventory from CSV through the import engine (canonical or Chinese headers)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registered systems')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One system: its fields, activity, latest scan and retirement steps')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a system')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Record use: ingest access logs, record other activity')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Classify every system as active, idle or zombie by the policy, and store the scan')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The scan policy')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Record the next retirement step of a system (suspected → … → retired)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Systems and resources per department, vendor or state: reclaimable and reclaimed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;systems;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'System name (系统名称)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Department in charge (主管部门)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Owner (负责人)')
            [CompletionResult]::new('--contact', '--contact', [CompletionResultType]::ParameterName, 'Owner''s contact')
            [CompletionResult]::new('--tags', '--tags', [CompletionResultType]::ParameterName, 'Function tags, ;-separated (a tag shared with an active system marks a duplicate)')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'What the system does (功能), as the clean-up register states it')
            [CompletionResult]::new('--approved-by', '--approved-by', [CompletionResultType]::ParameterName, 'The body that approved the system (审批部门)')
            [CompletionResult]::new('--approved-on', '--approved-on', [CompletionResultType]::ParameterName, 'When it was approved (审批时间)')
            [CompletionResult]::new('--vendor', '--vendor', [CompletionResultType]::ParameterName, 'Vendor (承建单位)')
            [CompletionResult]::new('--contract-end', '--contract-end', [CompletionResultType]::ParameterName, 'End of the maintenance contract (运维合同到期)')
            [CompletionResult]::new('--urls', '--urls', [CompletionResultType]::ParameterName, 'URLs, ;-separated')
            [CompletionResult]::new('--hosts', '--hosts', [CompletionResultType]::ParameterName, 'Hosts as host:port, ;-separated')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Any other field (repeatable); see `systems edit --help` for the names')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check and show the record; store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and show the record; store nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;import' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'insert: new ids only; upsert: insert or update by id; replace: upsert, then delete the systems the file does not hold')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'Field delimiter [default: sniffed from the header line; tab for .tsv]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Input encoding; auto recognises UTF-8 (with or without BOM) and GB18030/GBK')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read column HEADER as FIELD (repeatable), e.g. --map 系统简称=id')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Where rejected rows go [default: FILE.rejects.csv, written only when a row is rejected]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Validate and count exactly what would change, writing nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Validate and count exactly what would change, writing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only systems in this lifecycle state (in_service, suspected, confirmed, offline, data, released, retired)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only systems of this department')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;edit' {
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a field (repeatable), e.g. --set owner=王科长')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check and show the result; change nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and show the result; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;activity' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Count real use per day from web access logs (combined or common format, .gz, stdin)')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record activity that is not in a log (data updates, logins, deploys, maintenance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;systems;activity;ingest' {
            [CompletionResult]::new('--exclude-path', '--exclude-path', [CompletionResultType]::ParameterName, 'Also exclude requests to this path prefix (repeatable)')
            [CompletionResult]::new('--exclude-agent', '--exclude-agent', [CompletionResultType]::ParameterName, 'Also exclude user agents containing this text, case-insensitive (repeatable)')
            [CompletionResult]::new('--exclude-suffix', '--exclude-suffix', [CompletionResultType]::ParameterName, 'Also exclude paths ending with this (repeatable), e.g. .pdf')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--no-default-excludes', '--no-default-excludes', [CompletionResultType]::ParameterName, 'Start from no patterns at all: only the --exclude-* given apply')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Count and report; store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count and report; store nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;activity;record' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What happened')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When: a date, an RFC 3339 timestamp, or a span back from now (3d)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many (events, logins, rows updated)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check and show; store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and show; store nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;activity;help' {
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Count real use per day from web access logs (combined or common format, .gz, stdin)')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record activity that is not in a log (data updates, logins, deploys, maintenance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;systems;activity;help;ingest' {
            break
        }
        'mzctl;systems;activity;help;record' {
            break
        }
        'mzctl;systems;activity;help;help' {
            break
        }
        'mzctl;systems;probe' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each connection and answer')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Systems probed at once')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Probe every system not yet taken offline')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Probe and show; store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Probe and show; store nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;scan' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'Policy file (TOML) over the built-in defaults; see `mzctl systems policy show`')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Judge as of this day [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;policy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;systems;policy;show' {
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'A policy file to check and print with the defaults filled in')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;policy;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;systems;policy;help;show' {
            break
        }
        'mzctl;systems;policy;help;help' {
            break
        }
        'mzctl;systems;retire' {
            [CompletionResult]::new('--step', '--step', [CompletionResultType]::ParameterName, 'The step to record; it must be the next one [default: the next one]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who did it (for confirmed: who approved) [default: the OS user]')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day it was done [default: today]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note (decision document, ticket, …)')
            [CompletionResult]::new('--data', '--data', [CompletionResultType]::ParameterName, 'For the data step: how the data was handled')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'For the data step: where (the archive, the system it moved to, the destruction record)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check the step and show it; record nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the step and show it; record nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;report' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Group by')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;systems;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a system (prompts on a terminal for what is missing)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load the inventory from CSV through the import engine (canonical or Chinese headers)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registered systems')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One system: its fields, activity, latest scan and retirement steps')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a system')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Record use: ingest access logs, record other activity')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Classify every system as active, idle or zombie by the policy, and store the scan')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The scan policy')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Record the next retirement step of a system (suspected → … → retired)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Systems and resources per department, vendor or state: reclaimable and reclaimed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;systems;help;add' {
            break
        }
        'mzctl;systems;help;import' {
            break
        }
        'mzctl;systems;help;list' {
            break
        }
        'mzctl;systems;help;show' {
            break
        }
        'mzctl;systems;help;edit' {
            break
        }
        'mzctl;systems;help;activity' {
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Count real use per day from web access logs (combined or common format, .gz, stdin)')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record activity that is not in a log (data updates, logins, deploys, maintenance)')
            break
        }
        'mzctl;systems;help;activity;ingest' {
            break
        }
        'mzctl;systems;help;activity;record' {
            break
        }
        'mzctl;systems;help;probe' {
            break
        }
        'mzctl;systems;help;scan' {
            break
        }
        'mzctl;systems;help;policy' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)')
            break
        }
        'mzctl;systems;help;policy;show' {
            break
        }
        'mzctl;systems;help;retire' {
            break
        }
        'mzctl;systems;help;report' {
            break
        }
        'mzctl;systems;help;help' {
            break
        }
        'mzctl;person' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find people by name (or its pinyin initials), region and birth year')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;person;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show ID numbers and phone numbers in full, in every format (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;person;search' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only people of this region code or under it (4401, 440106)')
            [CompletionResult]::new('--born', '--born', [CompletionResultType]::ParameterName, 'Only people born in this year')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many people, best match first (0 = all)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show ID numbers in full, in every format (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;person;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find people by name (or its pinyin initials), region and birth year')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;person;help;show' {
            break
        }
        'mzctl;person;help;search' {
            break
        }
        'mzctl;person;help;help' {
            break
        }
        'mzctl;death' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders'' certificates')
            [CompletionResult]::new('recoveries', 'recoveries', [CompletionResultType]::ParameterValue, 'The overpayments to recover, per person and per district, with totals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;death;apply' {
            [CompletionResult]::new('--end-at', '--end-at', [CompletionResultType]::ParameterName, 'Where an enrolment running past a death ends: the end of the month of death (that month is paid in full) or the death date')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Deaths on or before this date are applied; payments are counted up to its month [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Show what would change, changing nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, changing nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;death;recoveries' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this region code or under it, and the retired codes it took in')
            [CompletionResult]::new('--split-by', '--split-by', [CompletionResultType]::ParameterName, 'Write one Excel workbook per district (区县) into --out DIR: what its finance office recovers')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory of the workbooks')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show ID numbers in full in csv, json and xlsx output and work lists (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;death;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders'' certificates')
            [CompletionResult]::new('recoveries', 'recoveries', [CompletionResultType]::ParameterValue, 'The overpayments to recover, per person and per district, with totals')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;death;help;apply' {
            break
        }
        'mzctl;death;help;recoveries' {
            break
        }
        'mzctl;death;help;help' {
            break
        }
        'mzctl;payments' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('expected', 'expected', [CompletionResultType]::ParameterValue, 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount')
            [CompletionResult]::new('eligible', 'eligible', [CompletionResultType]::ParameterValue, 'The people a program''s rule finds who are not enrolled (政策找人): the list each district contacts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;payments;expected' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month to pay for, YYYY-MM')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this region code or under it')
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'Only this program (dibao, tekun, elder_allowance, youfu, or the bureau''s own code)')
            [CompletionResult]::new('--split-by', '--split-by', [CompletionResultType]::ParameterName, 'Write one Excel workbook per district (区县) into --out DIR: the list its finance office pays')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory of the workbooks')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;payments;eligible' {
            [CompletionResult]::new('--program', '--program', [CompletionResultType]::ParameterName, 'The program (elder_allowance, or another with a rule in --rules)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month, YYYY-MM')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this region code or under it')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Program rules (TOML, as for check run): [programs.NAME] min_age, max_age, regions, required, excluded, tiers')
            [CompletionResult]::new('--split-by', '--split-by', [CompletionResultType]::ParameterName, 'Write one Excel workbook per district (区县) into --out DIR: the people its bureau should contact')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The directory of the workbooks')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show ID numbers in full in csv, json and xlsx output and in the workbooks (recorded in the audit log)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;payments;help' {
            [CompletionResult]::new('expected', 'expected', [CompletionResultType]::ParameterValue, 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount')
            [CompletionResult]::new('eligible', 'eligible', [CompletionResultType]::ParameterValue, 'The people a program''s rule finds who are not enrolled (政策找人): the list each district contacts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;payments;help;expected' {
            break
        }
        'mzctl;payments;help;eligible' {
            break
        }
        'mzctl;payments;help;help' {
            break
        }
        'mzctl;cert' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('issuer', 'issuer', [CompletionResultType]::ParameterValue, 'Issuing authorities and their signing keys')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'The trust list verifiers use offline')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Certificate types: the built-in ones and those added from TOML')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue certificates: to one holder, to a list, or to everyone eligible')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate (status 03)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issued certificates')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One certificate: its metadata and payload; write its files again')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'The signed list of revoked certificates verifiers use offline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;issuer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an issuing authority and its signing key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Issuing authorities and their keys')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;issuer;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The authority''s name, as printed on certificates and its seal (e.g. 广州市民政局)')
            [CompletionResult]::new('--uscc', '--uscc', [CompletionResultType]::ParameterName, 'Its unified social credit code (18 characters)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Its region code (6 digits): elder cards go to people living there')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Signature algorithm')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Write the private key here instead of the data directory')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE (implies --encrypt)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--encrypt', '--encrypt', [CompletionResultType]::ParameterName, 'Encrypt the key file with a passphrase')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;issuer;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;issuer;rotate' {
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The issuer''s credit code [default: the only issuer]')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Algorithm of the new key [default: the old key''s]')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Write the new private key here instead of the data directory')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the passphrase from the first line of FILE (implies --encrypt)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--encrypt', '--encrypt', [CompletionResultType]::ParameterName, 'Encrypt the new key file with a passphrase')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;issuer;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an issuing authority and its signing key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Issuing authorities and their keys')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;issuer;help;init' {
            break
        }
        'mzctl;cert;issuer;help;list' {
            break
        }
        'mzctl;cert;issuer;help;rotate' {
            break
        }
        'mzctl;cert;issuer;help;help' {
            break
        }
        'mzctl;cert;trust' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;trust;export' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;trust;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;trust;help;export' {
            break
        }
        'mzctl;cert;trust;help;help' {
            break
        }
        'mzctl;cert;type' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The certificate types: built in and added')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One type: its fields, validity and eligibility rule')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add types (or replace added ones) from a TOML file of [[type]] tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;type;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;type;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;type;add' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The TOML file')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;type;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The certificate types: built in and added')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One type: its fields, validity and eligibility rule')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add types (or replace added ones) from a TOML file of [[type]] tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;type;help;list' {
            break
        }
        'mzctl;cert;type;help;show' {
            break
        }
        'mzctl;cert;type;help;add' {
            break
        }
        'mzctl;cert;type;help;help' {
            break
        }
        'mzctl;cert;issue' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Certificate type (elder-card, dibao, tekun, cremation, or an added one)')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'One holder''s ID number')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'A file (or -) of ID numbers: one per line, or CSV with an id_number/身份证号 column')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The issuing authority''s credit code [default: the only issuer]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only people in this region (within the issuer''s)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Issue at most N certificates')
            [CompletionResult]::new('--valid-until', '--valid-until', [CompletionResultType]::ParameterName, 'Last valid day [default: by the type''s rule]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Issue date [default: today]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write each certificate''s files into DIR')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The private key file [default: where `issuer init` wrote it]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--eligible', '--eligible', [CompletionResultType]::ParameterName, 'Everyone eligible who has no valid certificate of the type')
            [CompletionResult]::new('--render', '--render', [CompletionResultType]::ParameterName, 'Also write QR images and printable cards in bulk runs')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'A holder with a valid certificate of the type gets a new one; the old one is cancelled (04)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Count who would get one; sign and store nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count who would get one; sign and store nothing')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show full ID numbers in the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;verify' {
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'Trust list file (offline verification)')
            [CompletionResult]::new('--revocations', '--revocations', [CompletionResultType]::ParameterName, 'Revocation list file(s), one per issuer')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Judge validity on this date [default: today]')
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'The oldest a trust or revocation list may be, from its time of issue (2w, 30d, 12h)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--allow-stale', '--allow-stale', [CompletionResultType]::ParameterName, 'Accept stale lists: VALID is then possible, and the output says the list was stale')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;revoke' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept with the certificate)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check and show; change nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check and show; change nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;list' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this type')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: a code (01) or a name (valid, revoked, cancelled, …)')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'Only this holder''s ID number')
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'Only this issuer''s credit code')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N certificates')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show full ID numbers in the table')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;show' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write its files again into DIR: record, payload, QR (SVG, PNG), card')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--unmask', '--unmask', [CompletionResultType]::ParameterName, 'Show the full ID number')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;revocations' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;revocations;export' {
            [CompletionResult]::new('--issuer', '--issuer', [CompletionResultType]::ParameterName, 'The issuer''s credit code [default: the only issuer]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to FILE instead of stdout')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The private key file [default: where `issuer init` wrote it]')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'Read the key''s passphrase from the first line of FILE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;cert;revocations;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;revocations;help;export' {
            break
        }
        'mzctl;cert;revocations;help;help' {
            break
        }
        'mzctl;cert;help' {
            [CompletionResult]::new('issuer', 'issuer', [CompletionResultType]::ParameterValue, 'Issuing authorities and their signing keys')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'The trust list verifiers use offline')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Certificate types: the built-in ones and those added from TOML')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue certificates: to one holder, to a list, or to everyone eligible')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate (status 03)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issued certificates')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One certificate: its metadata and payload; write its files again')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'The signed list of revoked certificates verifiers use offline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;cert;help;issuer' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an issuing authority and its signing key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Issuing authorities and their keys')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)')
            break
        }
        'mzctl;cert;help;issuer;init' {
            break
        }
        'mzctl;cert;help;issuer;list' {
            break
        }
        'mzctl;cert;help;issuer;rotate' {
            break
        }
        'mzctl;cert;help;trust' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)')
            break
        }
        'mzctl;cert;help;trust;export' {
            break
        }
        'mzctl;cert;help;type' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The certificate types: built in and added')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One type: its fields, validity and eligibility rule')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add types (or replace added ones) from a TOML file of [[type]] tables')
            break
        }
        'mzctl;cert;help;type;list' {
            break
        }
        'mzctl;cert;help;type;show' {
            break
        }
        'mzctl;cert;help;type;add' {
            break
        }
        'mzctl;cert;help;issue' {
            break
        }
        'mzctl;cert;help;verify' {
            break
        }
        'mzctl;cert;help;revoke' {
            break
        }
        'mzctl;cert;help;list' {
            break
        }
        'mzctl;cert;help;show' {
            break
        }
        'mzctl;cert;help;revocations' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)')
            break
        }
        'mzctl;cert;help;revocations;export' {
            break
        }
        'mzctl;cert;help;help' {
            break
        }
        'mzctl;report' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The file to write (.html; .xlsx with --format xlsx)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Only this region (province, prefecture or county code), with the retired codes it took in')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date the report describes [default: today]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First month of the monthly series [default: the 24 months up to --as-of]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;seed' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Province, prefecture or county code whose county-level units the people live in')
            [CompletionResult]::new('--people', '--people', [CompletionResultType]::ParameterName, 'Number of people')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Random seed: the same arguments give byte-identical files on any machine')
            [CompletionResult]::new('--defects', '--defects', [CompletionResultType]::ParameterName, 'Share of records given one known defect (0–1), listed in manifest.json; 0 = clean data')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date the data describes [default: today]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory for the CSV files, logs/ and manifest.json [default: mzctl-seed, or a temporary directory with --into-db]')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'Column headers: canonical English names, or the Chinese ones of real exports')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'File encoding')
            [CompletionResult]::new('--systems', '--systems', [CompletionResultType]::ParameterName, 'Number of information systems in the inventory (with access logs)')
            [CompletionResult]::new('--death-years', '--death-years', [CompletionResultType]::ParameterName, 'Years of death records: deaths fall in the last N years before the as-of date')
            [CompletionResult]::new('--spells', '--spells', [CompletionResultType]::ParameterName, 'Past, ended dibao spells per adult, on average (0 = current enrolments only): the case history a register keeps; 1.7 with --death-years 7 gives about 1.2M enrolments and 50k deaths per 1M people')
            [CompletionResult]::new('--dibao-rate', '--dibao-rate', [CompletionResultType]::ParameterName, 'Share of adults with a current dibao (最低生活保障) enrolment, paid in the ledger each month it covers: 0.012 is a city''s usual rate; a payments benchmark raises it to fill a ledger of hundreds of thousands of recipients a month')
            [CompletionResult]::new('--cards', '--cards', [CompletionResultType]::ParameterName, 'With --into-db: the share of people 60 or older who hold an elder card issued a year before the as-of date (by a synthetic issuer of the region, key beside the files), with some dead holders and some malformed holder numbers, listed in manifest.json')
            [CompletionResult]::new('--payment-months', '--payment-months', [CompletionResultType]::ParameterName, 'Months of benefit payments in payments.csv: the ledger of the N months before the as-of date''s, every enrolment paid as due, with pay.* defects at the --defects rate (0 = none)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--into-db', '--into-db', [CompletionResultType]::ParameterName, 'Load the records into the database through the import engine (leniently: injected defects are stored, flagged), one import batch per file')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;demo' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The demo''s folder, made afresh on each run (new, empty, or an earlier demo''s) [default: $XDG_DATA_HOME/mzctl/demo]')
            [CompletionResult]::new('--people', '--people', [CompletionResultType]::ParameterName, 'Number of people in the city')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write every page (mzctl.1, mzctl-db.1, mzctl-db-init.1, …) into this directory; without it, print mzctl(1) on stdout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database URL: sqlite:PATH, a bare path, sqlite::memory:, or postgres://user@host:port/db [default: $XDG_DATA_HOME/mzctl/mzctl.db, or db = "…" in config.toml]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, tab-separated text otherwise]')
            [CompletionResult]::new('--csv-encoding', '--csv-encoding', [CompletionResultType]::ParameterName, 'Encoding of CSV output: utf-8, utf-8-bom (what Excel on Windows reads as UTF-8) or gb18030 (GBK) [default: utf-8; an import''s rejects file follows its input]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour (NO_COLOR is honoured under auto)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Interface language: zh-CN or en [default: lang in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)]; --json keys and CSV/TSV column names stay English')
            [CompletionResult]::new('--csv-headers', '--csv-headers', [CompletionResultType]::ParameterName, 'Column names of CSV and tab-separated output: en (canonical, what scripts read) or zh')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bars or status messages on stderr')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed for destructive steps off a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'mzctl;help' {
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'Create, upgrade and inspect the database')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bulk-load people, enrolments, deaths or organizations from CSV; list and undo batches')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'Region codes (GB/T 2260) and their history: look up, resolve, diff, validate, import')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Placenames (地名) with their 20-digit codes')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Data-quality checks: the rule catalogue, stored runs, findings, diffs and safe fixes')
            [CompletionResult]::new('systems', 'systems', [CompletionResultType]::ParameterValue, 'The information-system inventory: register, measure use, find zombies, retire them')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'One person''s whole record (全息查询), and finding a person by name')
            [CompletionResult]::new('death', 'death', [CompletionResultType]::ParameterValue, 'After a death (身后一件事): end the benefits, recover what was overpaid, revoke certificates')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'Payments against the register (三单合一): the should-pay list of a month')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Signed e-certificates (电子证照): issuers and keys, types, issuing, offline verification, revocation')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Write the supervisor''s report: one self-contained HTML page with charts (or an xlsx)')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Generate a realistic synthetic city: people, enrolments, deaths, organizations, systems')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a small synthetic city and run every capability on it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write the man pages')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'mzctl;help;db' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the database (or upgrade it) to the latest schema')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the backend, URL, schema version, pending migrations and row counts')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Apply pending migrations')
            [CompletionResult]::new('distribute', 'distribute', [CompletionResultType]::ParameterValue, 'Spread an existing database''s tables over the Citus cluster it is the coordinator of')
            break
        }
        'mzctl;help;db;init' {
            break
        }
        'mzctl;help;db;status' {
            break
        }
        'mzctl;help;db;migrate' {
            break
        }
        'mzctl;help;db;distribute' {
            break
        }
        'mzctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List recent changes, newest first')
            break
        }
        'mzctl;help;audit;list' {
            break
        }
        'mzctl;help;import' {
            [CompletionResult]::new('batches', 'batches', [CompletionResultType]::ParameterValue, 'List import batches, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one batch, or the rows it rejected (--rejects), split by district if asked')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove what a batch inserted and restore what it updated or deleted')
            break
        }
        'mzctl;help;import;batches' {
            break
        }
        'mzctl;help;import;show' {
            break
        }
        'mzctl;help;import;undo' {
            break
        }
        'mzctl;help;region' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'What a code is: name, level, path, status, years, predecessors and successors')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Units in a year, by level and/or parent')
            [CompletionResult]::new('tree', 'tree', [CompletionResultType]::ParameterValue, 'The units under a code, as a tree')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find units by name, short name, or pinyin (full or initials)')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'What a code meant in a year, and what it is today')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every unit that ever held a code, and the changes to and from it')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'What changed between the lists of two years')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Check a CSV column of region codes: current, retired, unknown or malformed')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load a newer official list into the database and record its changes')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the list of a year (CSV by default off a terminal)')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Write the built-in versions and changes into the database, for SQL joins')
            break
        }
        'mzctl;help;region;show' {
            break
        }
        'mzctl;help;region;list' {
            break
        }
        'mzctl;help;region;tree' {
            break
        }
        'mzctl;help;region;search' {
            break
        }
        'mzctl;help;region;resolve' {
            break
        }
        'mzctl;help;region;history' {
            break
        }
        'mzctl;help;region;diff' {
            break
        }
        'mzctl;help;region;validate' {
            break
        }
        'mzctl;help;region;import' {
            break
        }
        'mzctl;help;region;export' {
            break
        }
        'mzctl;help;region;sync' {
            break
        }
        'mzctl;help;place' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a placename (prompts on a terminal for what is missing)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load placenames from a CSV file (all rows or none)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One placename by its 20-digit code')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find placenames by name, alias or pinyin')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List placenames by region, category and status')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write placenames as CSV (the columns `place import` reads) or JSON')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Mark a placename historical (abolished)')
            break
        }
        'mzctl;help;place;add' {
            break
        }
        'mzctl;help;place;import' {
            break
        }
        'mzctl;help;place;show' {
            break
        }
        'mzctl;help;place;search' {
            break
        }
        'mzctl;help;place;list' {
            break
        }
        'mzctl;help;place;export' {
            break
        }
        'mzctl;help;place;retire' {
            break
        }
        'mzctl;help;check' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The rule catalogue: id, severity, scope and title of every rule')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'What a rule finds, why it matters, how to fix it, an example')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the rules on the stored records; store the run and its findings')
            [CompletionResult]::new('runs', 'runs', [CompletionResultType]::ParameterValue, 'The stored runs, newest first: when, as of, scope, rules, counts')
            [CompletionResult]::new('findings', 'findings', [CompletionResultType]::ParameterValue, 'The findings of a run (the latest by default), filtered and paged')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'New, resolved and persisting findings per rule between two runs, over what both covered')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Run the per-record rules on a CSV file before importing it; nothing is written')
            [CompletionResult]::new('fix', 'fix', [CompletionResultType]::ParameterValue, 'Apply the safe automatic fixes (normalizations, retired codes with one successor)')
            [CompletionResult]::new('fixes', 'fixes', [CompletionResultType]::ParameterValue, 'The values `check fix` changed, newest first: when, by whom, before and after')
            break
        }
        'mzctl;help;check;list' {
            break
        }
        'mzctl;help;check;explain' {
            break
        }
        'mzctl;help;check;run' {
            break
        }
        'mzctl;help;check;runs' {
            break
        }
        'mzctl;help;check;findings' {
            break
        }
        'mzctl;help;check;diff' {
            break
        }
        'mzctl;help;check;file' {
            break
        }
        'mzctl;help;check;fix' {
            break
        }
        'mzctl;help;check;fixes' {
            break
        }
        'mzctl;help;systems' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a system (prompts on a terminal for what is missing)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Load the inventory from CSV through the import engine (canonical or Chinese headers)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List registered systems')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One system: its fields, activity, latest scan and retirement steps')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a system')
            [CompletionResult]::new('activity', 'activity', [CompletionResultType]::ParameterValue, 'Record use: ingest access logs, record other activity')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Check that systems answer: HTTP(S) status, latency and certificate expiry, TCP connects')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Classify every system as active, idle or zombie by the policy, and store the scan')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The scan policy')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Record the next retirement step of a system (suspected → … → retired)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Systems and resources per department, vendor or state: reclaimable and reclaimed')
            break
        }
        'mzctl;help;systems;add' {
            break
        }
        'mzctl;help;systems;import' {
            break
        }
        'mzctl;help;systems;list' {
            break
        }
        'mzctl;help;systems;show' {
            break
        }
        'mzctl;help;systems;edit' {
            break
        }
        'mzctl;help;systems;activity' {
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Count real use per day from web access logs (combined or common format, .gz, stdin)')
            [CompletionResult]::new('record', 'record', [CompletionResultType]::ParameterValue, 'Record activity that is not in a log (data updates, logins, deploys, maintenance)')
            break
        }
        'mzctl;help;systems;activity;ingest' {
            break
        }
        'mzctl;help;systems;activity;record' {
            break
        }
        'mzctl;help;systems;probe' {
            break
        }
        'mzctl;help;systems;scan' {
            break
        }
        'mzctl;help;systems;policy' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the policy in effect as TOML (the built-in defaults, or FILE over them)')
            break
        }
        'mzctl;help;systems;policy;show' {
            break
        }
        'mzctl;help;systems;retire' {
            break
        }
        'mzctl;help;systems;report' {
            break
        }
        'mzctl;help;person' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Everything recorded about one ID number: identity, enrolments, death, certificates, open findings, death applications, recoveries, changes and import batches')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find people by name (or its pinyin initials), region and birth year')
            break
        }
        'mzctl;help;person;show' {
            break
        }
        'mzctl;help;person;search' {
            break
        }
        'mzctl;help;death' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply the recorded deaths: end the enrolments running past them, record the overpayments to recover, revoke the holders'' certificates')
            [CompletionResult]::new('recoveries', 'recoveries', [CompletionResultType]::ParameterValue, 'The overpayments to recover, per person and per district, with totals')
            break
        }
        'mzctl;help;death;apply' {
            break
        }
        'mzctl;help;death;recoveries' {
            break
        }
        'mzctl;help;payments' {
            [CompletionResult]::new('expected', 'expected', [CompletionResultType]::ParameterValue, 'The should-pay list (应发名单) of a month: enrolments due, at their monthly amount')
            [CompletionResult]::new('eligible', 'eligible', [CompletionResultType]::ParameterValue, 'The people a program''s rule finds who are not enrolled (政策找人): the list each district contacts')
            break
        }
        'mzctl;help;payments;expected' {
            break
        }
        'mzctl;help;payments;eligible' {
            break
        }
        'mzctl;help;cert' {
            [CompletionResult]::new('issuer', 'issuer', [CompletionResultType]::ParameterValue, 'Issuing authorities and their signing keys')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'The trust list verifiers use offline')
            [CompletionResult]::new('type', 'type', [CompletionResultType]::ParameterValue, 'Certificate types: the built-in ones and those added from TOML')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue certificates: to one holder, to a list, or to everyone eligible')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a certificate offline from its QR payload (text, file, stdin or PNG)')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate (status 03)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List issued certificates')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One certificate: its metadata and payload; write its files again')
            [CompletionResult]::new('revocations', 'revocations', [CompletionResultType]::ParameterValue, 'The signed list of revoked certificates verifiers use offline')
            break
        }
        'mzctl;help;cert;issuer' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an issuing authority and its signing key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Issuing authorities and their keys')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Give an issuer a new signing key; the old one stops signing (its certificates stay valid)')
            break
        }
        'mzctl;help;cert;issuer;init' {
            break
        }
        'mzctl;help;cert;issuer;list' {
            break
        }
        'mzctl;help;cert;issuer;rotate' {
            break
        }
        'mzctl;help;cert;trust' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the trust list: every issuer key (JSON: issuer, kid, alg, public key, validity)')
            break
        }
        'mzctl;help;cert;trust;export' {
            break
        }
        'mzctl;help;cert;type' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The certificate types: built in and added')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One type: its fields, validity and eligibility rule')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add types (or replace added ones) from a TOML file of [[type]] tables')
            break
        }
        'mzctl;help;cert;type;list' {
            break
        }
        'mzctl;help;cert;type;show' {
            break
        }
        'mzctl;help;cert;type;add' {
            break
        }
        'mzctl;help;cert;issue' {
            break
        }
        'mzctl;help;cert;verify' {
            break
        }
        'mzctl;help;cert;revoke' {
            break
        }
        'mzctl;help;cert;list' {
            break
        }
        'mzctl;help;cert;show' {
            break
        }
        'mzctl;help;cert;revocations' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an issuer''s signed revocation list (truncated SHA-256 of revoked identifiers)')
            break
        }
        'mzctl;help;cert;revocations;export' {
            break
        }
        'mzctl;help;report' {
            break
        }
        'mzctl;help;seed' {
            break
        }
        'mzctl;help;demo' {
            break
        }
        'mzctl;help;completions' {
            break
        }
        'mzctl;help;man' {
            break
        }
        'mzctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
