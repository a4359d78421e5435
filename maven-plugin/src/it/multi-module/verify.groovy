import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def sourceA = 'module-a/src/main/java/it/a/OrderController.java' // as the console shows it: relative to where the build started
assert lines.any { it.startsWith("[WARNING] ${sourceA}:[11,".toString()) && it.contains('] [non-get-302] ') }
// each module's summary names it, and its paths are relative to where the build started
assert lines.contains('[INFO] redirect-lint (module-a): 1 finding (0 errors, 1 warning, 0 info) in 1 file; SARIF written to module-a/target/redirect-lint.sarif')
// module-b and the parent (which has no sources) are clean
assert lines.contains('[INFO] redirect-lint (module-b): 0 findings (0 errors, 0 warnings, 0 info) in 1 file; SARIF written to module-b/target/redirect-lint.sarif')
assert lines.contains('[INFO] redirect-lint (multi-module-parent): 0 findings (0 errors, 0 warnings, 0 info) in 0 files; SARIF written to target/redirect-lint.sarif')

// one account for the reactor at the end, in reactor order, before Maven's own summary
def account = lines.indexOf('[INFO] redirect-lint:check in 3 modules: 1 finding (0 errors, 1 warning, 0 info) in 2 files')
assert account > 0
assert lines[account + 1] == '[INFO]   multi-module-parent  0 findings (0 errors, 0 warnings, 0 info) in 0 files'
assert lines[account + 2] == '[INFO]   module-a             1 finding (0 errors, 1 warning, 0 info) in 1 file'
assert lines[account + 3] == '[INFO]   module-b             0 findings (0 errors, 0 warnings, 0 info) in 1 file'
assert account < lines.findIndexOf { it.contains('Reactor Summary') }
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

// the second build: module-a's sources excluded, so it passes; only the pattern that matched nowhere is named
def second = new File(basedir, 'build.log').text.split(/(?m)^.*\[INFO\] Scanning for projects\.\.\.$/)[2].readLines()
assert second.count { it.contains('removes no file') } == 1
assert second.contains("[WARNING] redirect-lint: excludes (redirect-lint.excludes): the pattern 'it/nowhere/**' removes no file in any of the 2 modules")
assert second.contains('[INFO] BUILD SUCCESS')
