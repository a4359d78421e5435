import groovy.json.JsonSlurper

// build.log holds the six builds one after the other
def builds = new File(basedir, 'build.log').text.split(/(?m)^.*\[INFO\] Scanning for projects\.\.\.$/).drop(1)*.readLines()
assert builds.size() == 6

def workspace = System.getenv('GITHUB_WORKSPACE') ? new File(System.getenv('GITHUB_WORKSPACE')).canonicalFile : basedir.canonicalFile
def rel = { String path ->
    def file = new File(basedir, path).canonicalFile.toPath()
    file.startsWith(workspace.toPath()) ? workspace.toPath().relativize(file).toString().replace(File.separator, '/') : file.toString()
}
def orders = rel('orders/src/main/java/it/orders/OrderController.java').replace(':', '%3A')
def payments = rel('payments/src/main/java/it/payments/PaymentController.java').replace(':', '%3A')

[builds[0], builds[1]].each { lines ->
    def account = lines.indexOf('[INFO] redirect-lint:check in 3 modules: 12 findings (0 errors, 12 warnings, 0 info) in 2 files')
    assert account > 0
    assert lines[account + 1] == '[INFO]   reactor-account-parent  0 findings (0 errors, 0 warnings, 0 info) in 0 files'
    assert lines[account + 2] == '[INFO]   orders                  6 findings (0 errors, 6 warnings, 0 info) in 1 file'
    assert lines[account + 3] == '[INFO]   payments                6 findings (0 errors, 6 warnings, 0 info) in 1 file'
    def warnings = lines.findAll { it.startsWith('::warning ') }
    // chosen for the whole build, most severe, then path, then line: all of orders', then payments' first four
    assert warnings.size() == 10
    assert warnings.take(6).every { it.startsWith("::warning file=${orders},".toString()) }
    assert warnings.drop(6).every { it.startsWith("::warning file=${payments},".toString()) }
    assert warnings[9].contains(',line=26,') // step4's redirect
    assert lines.count { it.contains('not shown as annotations') } == 1
    assert lines.contains('redirect-lint: 2 warnings not shown as annotations: GitHub shows at most 10 annotations of each type per step. Every finding is listed in this log and in the SARIF log.')
    // after the modules, before Maven's summary
    assert lines.indexOf(warnings[0]) > account
    assert lines.indexOf(warnings[0]) < lines.findIndexOf { it.contains('Reactor Summary') }
}
assert builds[0].findAll { it.startsWith('::') } == builds[1].findAll { it.startsWith('::') }

// one baseline, at the root, with both modules' findings
def baseline = new File(basedir, 'redirect-lint-baseline.json')
assert !new File(basedir, 'orders/redirect-lint-baseline.json').exists()
assert !new File(basedir, 'payments/redirect-lint-baseline.json').exists()
assert builds[2].any { it.startsWith('[INFO] redirect-lint:baseline in 3 modules') }
assert builds[3].contains('[INFO] redirect-lint:check in 3 modules: 0 findings (0 errors, 0 warnings, 0 info) in 2 files')
assert builds[3].count { it.contains('baselined') && it.startsWith('[INFO] redirect-lint (') } == 3
assert builds[3].every { !it.contains('no longer match') }
assert builds[3].every { !it.startsWith('::') }

// payments alone, from the root: orders' entries stay
assert builds[4].contains('[INFO] redirect-lint (payments): baseline of 6 findings (6 entries) in 1 file, with the other modules\' 6; 12 findings in all written to redirect-lint-baseline.json')
def entries = new JsonSlurper().parse(baseline, 'UTF-8').findings
assert entries.size() == 12
assert entries.count { it.file == 'orders/src/main/java/it/orders/OrderController.java' } == 6
assert builds[5].contains('[INFO] BUILD SUCCESS')
