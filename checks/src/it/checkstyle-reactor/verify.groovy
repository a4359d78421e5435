// Every finding the Maven plugin reports for this reactor (see its reactor-context IT), each once, in the file
// that holds it: the handler AbstractCrudController#create that web's OwnerController inherits is reported in
// common's file, since Checkstyle reports in the file it checks.
def pattern = ~/^\[(?:ERROR|WARN|WARNING)\] (\/.*\.java):(\d+):\d+: (\S+) .*\[RedirectLint\]$/
def where = []
def messages = []
new File(basedir, 'build.log').eachLine { line ->
    def match = line =~ pattern
    if (match.find()) {
        where << match.group(1).replace(basedir.absolutePath + File.separator, '') + ':' + match.group(2) + ' ' + match.group(3)
        messages << line
    }
}
assert where.sort() == [
        'common/src/main/java/it/common/web/AbstractCrudController.java:10 AbstractCrudController#create',
        'common/src/main/java/it/common/web/HealthController.java:11 HealthController#reset',
        'web/src/main/java/it/web/LogoutServlet.java:13 LogoutServlet#doPost',
        'web/src/main/java/it/web/ProfileController.java:12 ProfileController#save',
].sort()
assert messages.find { it.contains('AbstractCrudController#create') }.contains('(inherited by OwnerController)')
