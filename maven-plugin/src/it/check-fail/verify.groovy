import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def source = 'src/main/java/it/shop/OrderController.java' // as the console shows it: relative to where the build started

def sarifFile = new File(basedir, 'target/redirect-lint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile, 'UTF-8')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'redirect-lint'
assert run.results.size() == 1
def result = run.results[0]
assert result.ruleId == 'non-get-302'
assert run.tool.driver.rules[result.ruleIndex].id == 'non-get-302'
assert result.level == 'warning'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'src/main/java/it/shop/OrderController.java'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 11
assert location.region.startColumn == 16
assert result.message.text.contains('OrderController#create')
assert result.message.text.contains('POST')
assert result.message.text.contains('303')
assert run.invocations[0].executionSuccessful == true

// The console's short line; SARIF has the whole message.
def findingLine = ("[WARNING] ${source}:[11,16] [non-get-302] OrderController#create (POST) answers 302 via a"
        + ' "redirect:" view name; fix: Annotate the handler with @ResponseStatus(HttpStatus.SEE_OTHER)').toString()
assert lines.contains(findingLine) : "no line\n${findingLine}\nin build.log"
assert lines.contains('[INFO] redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 1 file; SARIF written to target/redirect-lint.sarif')
assert lines.any { it.startsWith('[ERROR] Failed to execute goal dev.redirectlint:redirect-lint-maven-plugin:') &&
                   it.contains(':check (default-cli) on project check-fail: redirect-lint found 1 finding(s) at severity warning or above') }
