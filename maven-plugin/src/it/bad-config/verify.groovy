def log = new File(basedir, 'build.log').text
def lines = log.readLines()

def failures = lines.findAll { it.startsWith('[ERROR] Failed to execute goal dev.redirectlint:redirect-lint-maven-plugin:') }
assert failures.size() == 4
assert failures[0].contains(': Invalid redirect-lint configuration: rules (redirect-lint.rules): unknown rule id \'non-get-999\'; known rule ids: non-get-302')
assert failures[1].contains(': Invalid redirect-lint configuration: failOnSeverity (redirect-lint.failOnSeverity): Unknown severity \'fatal\'; use one of: error, warning, info')
assert failures[2].contains(': Invalid redirect-lint configuration: preferredStatus (redirect-lint.preferredStatus) must be 303 (See Other) or 307 (Temporary Redirect), not \'302\'')
assert failures[3].contains(': Invalid redirect-lint configuration: encoding: unknown or unsupported character encoding \'UTF-9\'')
// nothing was analysed
assert !lines.any { it.contains('[non-get-302]') }
assert !lines.any { it.startsWith('[INFO] redirect-lint: ') }
assert !new File(basedir, 'target/redirect-lint.sarif').exists()
