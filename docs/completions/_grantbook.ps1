
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'grantbook' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'grantbook'
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
        'grantbook' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the inputs and run every eligibility rule; print the findings')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Build a payment claim for a quarter, a year or the whole project')
            [CompletionResult]::new('burn', 'burn', [CompletionResultType]::ParameterValue, 'Burn rate, forecast at completion and indicators against plan, at a date')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a submitted claim: recompute it, sample costs for document checks, list findings')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the eligibility rules, or explain one with its parameters and legal basis')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Write an empty input workbook to fill in: headers, drop-downs, formats and instructions')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new project file (agreement, sources, lines, headings, parameters)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Tell whether a report still matches its inputs and the rule catalogue (SHA-256)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a local web workspace (overview, findings, claims, burn, review, rules) on 127.0.0.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write one page per command with --out DIR)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grantbook;check' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;claim' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'A quarter (2020-Q3) or a calendar year (2020)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('--final', '--final', [CompletionResultType]::ParameterName, 'The final report: the whole project')
            [CompletionResult]::new('--submit', '--submit', [CompletionResultType]::ParameterName, 'Freeze the quarter''s claim into the project''s claim register (quarters only)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;burn' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The date the report is made at [default: the latest payment date in the ledger]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;review' {
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'The submitted claim workbook (claim-<period>.xlsx) [with --replay, default: the claim the review names, beside it]')
            [CompletionResult]::new('--previous', '--previous', [CompletionResultType]::ParameterName, 'The previous claim workbook (the claim immediately before), to check what changed and that cumulative figures carry forward')
            [CompletionResult]::new('--checklist', '--checklist', [CompletionResultType]::ParameterName, 'A review workbook with the checklist filled in (result, error type, amount deducted, parking)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'Sampling method')
            [CompletionResult]::new('--expected-error', '--expected-error', [CompletionResultType]::ParameterName, 'Expected error, percent of the population value (conservative and stratified MUS use it with the expansion factor)')
            [CompletionResult]::new('--previous-review', '--previous-review', [CompletionResultType]::ParameterName, 'The filled review workbook of an earlier claim (or a pilot sample): σ of its error rates for standard MUS, and its parked items')
            [CompletionResult]::new('--replay', '--replay', [CompletionResultType]::ParameterName, 'Re-draw the sample recorded in this review workbook and compare it item for item (writes nothing)')
            [CompletionResult]::new('--confidence', '--confidence', [CompletionResultType]::ParameterName, 'Confidence level of the sample, a fraction such as 0.9 [default: the project file''s review_confidence_pct]')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the random start [default: derived from the claim''s input hashes]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grantbook;rules' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;template' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;init' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to write the project file [default: budgets/<agreement number>.toml]')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'The grant agreement number, e.g. AK/IOM/PMIF/2018/1')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'The project title (Latvian, and English unless --title-en is given)')
            [CompletionResult]::new('--title-en', '--title-en', [CompletionResultType]::ParameterName, 'The project title in English')
            [CompletionResult]::new('--beneficiary', '--beneficiary', [CompletionResultType]::ParameterName, 'The beneficiary')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'The responsible authority that receives the claims')
            [CompletionResult]::new('--fund', '--fund', [CompletionResultType]::ParameterName, 'The EU fund''s code: AMIF, ISF, BMVI …')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First day of the eligibility period, YYYY-MM-DD')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day of the eligibility period, YYYY-MM-DD')
            [CompletionResult]::new('--total', '--total', [CompletionResultType]::ParameterName, 'The total eligible budget, e.g. 532651.00')
            [CompletionResult]::new('--eu-share', '--eu-share', [CompletionResultType]::ParameterName, 'The EU fund''s share in percent; the state budget takes the rest')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'Activity line codes, a comma list')
            [CompletionResult]::new('--headings', '--headings', [CompletionResultType]::ParameterName, 'Direct-cost budget heading codes, a comma list')
            [CompletionResult]::new('--indirect-pct', '--indirect-pct', [CompletionResultType]::ParameterName, 'Indirect costs as a flat rate of direct costs, percent (0: no indirect heading)')
            [CompletionResult]::new('--indirect-heading', '--indirect-heading', [CompletionResultType]::ParameterName, 'The indirect-cost heading''s code')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;verify' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port to listen on [default: a free port]')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to listen on; anything but loopback lets other machines reach the workspace')
            [CompletionResult]::new('--max-upload-mb', '--max-upload-mb', [CompletionResultType]::ParameterName, 'The largest upload accepted, in MB')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the workspace in the default browser')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;completions' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;man' {
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project file [default: the only *.toml in ./budgets/]')
            [CompletionResult]::new('--expenses', '--expenses', [CompletionResultType]::ParameterName, 'The expense ledger [default: the project file''s inputs.expenses]')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'The case register [default: the project file''s inputs.cases]')
            [CompletionResult]::new('--rates', '--rates', [CompletionResultType]::ParameterName, 'The exchange rates [default: the project file''s inputs.rates]')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where reports are written')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Report language [default: the project file''s agreement.default_lang]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output formats, a comma list [default: xlsx,html,json; check: text]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only errors (and, for `check`, the findings that exclude costs)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Also print the project file, each input with its SHA-256, and every step')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'grantbook;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the inputs and run every eligibility rule; print the findings')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Build a payment claim for a quarter, a year or the whole project')
            [CompletionResult]::new('burn', 'burn', [CompletionResultType]::ParameterValue, 'Burn rate, forecast at completion and indicators against plan, at a date')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a submitted claim: recompute it, sample costs for document checks, list findings')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'List the eligibility rules, or explain one with its parameters and legal basis')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Write an empty input workbook to fill in: headers, drop-downs, formats and instructions')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new project file (agreement, sources, lines, headings, parameters)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Tell whether a report still matches its inputs and the rule catalogue (SHA-256)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve a local web workspace (overview, findings, claims, burn, review, rules) on 127.0.0.1')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions (bash, zsh, fish, powershell)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (or write one page per command with --out DIR)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grantbook;help;check' {
            break
        }
        'grantbook;help;claim' {
            break
        }
        'grantbook;help;burn' {
            break
        }
        'grantbook;help;review' {
            break
        }
        'grantbook;help;rules' {
            break
        }
        'grantbook;help;template' {
            break
        }
        'grantbook;help;init' {
            break
        }
        'grantbook;help;verify' {
            break
        }
        'grantbook;help;serve' {
            break
        }
        'grantbook;help;completions' {
            break
        }
        'grantbook;help;man' {
            break
        }
        'grantbook;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
