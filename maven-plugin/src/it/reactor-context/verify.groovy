import groovy.json.JsonSlurper

// Each module reports the findings that exist because of its own handlers, even where the redirect is in
// the module it depends on; nothing is reported twice, with one thread or four.
def slurper = new JsonSlurper()
def results = { module -> slurper.parse(new File(basedir, "${module}/target/redirect-lint.sarif"), 'UTF-8').runs[0].results }
def describe = { r -> r.ruleId + ' ' + r.locations[0].physicalLocation.artifactLocation.uri + ':' +
        r.locations[0].physicalLocation.region.startLine + ' ' + r.message.text.takeWhile { it != ' ' } }

def common = results('common').collect(describe)
def web = results('web').collect(describe)
assert common == ['non-get-302 common/src/main/java/it/common/web/HealthController.java:11 HealthController#reset']
assert web.sort() == [
        'non-get-302 common/src/main/java/it/common/web/AbstractCrudController.java:10 AbstractCrudController#create',
        'non-get-302 web/src/main/java/it/web/LogoutServlet.java:13 LogoutServlet#doPost',
        'non-get-302 web/src/main/java/it/web/ProfileController.java:12 ProfileController#save',
].sort()

def web0 = results('web')
def inherited = web0.find { it.message.text.startsWith('AbstractCrudController#create') }
assert inherited.message.text.startsWith('AbstractCrudController#create (inherited by OwnerController) accepts POST')
def servlet = web0.find { it.message.text.startsWith('LogoutServlet') }
// The redirect itself is a related location in the other module, and the fix edits the helper there.
assert servlet.relatedLocations*.physicalLocation*.artifactLocation*.uri == ['common/src/main/java/it/common/util/WebUtils.java']
assert servlet.fixes[0].artifactChanges[0].artifactLocation.uri == 'common/src/main/java/it/common/util/WebUtils.java'

// Both runs (one thread, then -T 4) logged the same four findings, so eight lines in all.
def log = new File(basedir, 'build.log').readLines()
assert log.count { it.contains('] [non-get-302] ') } == 8
assert log.count { it.startsWith('[INFO] redirect-lint (common): 1 finding (0 errors, 1 warning, 0 info) in 4 files;') } == 2
// and the reactor's account, in reactor order, with four threads too
assert log.count { it == '[INFO] redirect-lint:check in 3 modules: 4 findings (0 errors, 4 warnings, 0 info) in 7 files' } == 2
assert log.count { it == '[INFO]   web                     3 findings (0 errors, 3 warnings, 0 info) in 3 files' } == 2
assert log.count { it.startsWith('[INFO] redirect-lint (web): 3 findings (0 errors, 3 warnings, 0 info) in 3 files;') } == 2
