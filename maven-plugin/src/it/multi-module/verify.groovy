import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def sourceA = 'module-a/src/main/java/it/a/OrderController.java' // as the console shows it: relative to where the build started
assert lines.any { it.startsWith("[WARNING] ${sourceA}:[11,".toString()) && it.contains('] [non-get-302] ') }
assert lines.count { it.startsWith('[INFO] redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 1 file;') } == 1
// module-b and the parent (which has no sources) are clean
assert lines.contains('[INFO] redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 1 file; SARIF written to target/redirect-lint.sarif')
assert lines.contains('[INFO] redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 0 files; SARIF written to target/redirect-lint.sarif')
assert lines.any { it ==~ /\[INFO\] module-a \.+ FAILURE.*/ }
assert lines.any { it ==~ /\[INFO\] module-b \.+ SUCCESS.*/ }

def slurper = new JsonSlurper()
def sarifA = slurper.parse(new File(basedir, 'module-a/target/redirect-lint.sarif'), 'UTF-8')
def resultA = sarifA.runs[0].results[0]
assert sarifA.runs[0].results.size() == 1
assert resultA.ruleId == 'non-get-302'
// URIs are relative to the top-level project, so they are repository paths
assert resultA.locations[0].physicalLocation.artifactLocation.uri == 'module-a/src/main/java/it/a/OrderController.java'
assert sarifA.runs[0].originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()

def sarifB = slurper.parse(new File(basedir, 'module-b/target/redirect-lint.sarif'), 'UTF-8')
assert sarifB.runs[0].results.isEmpty()
