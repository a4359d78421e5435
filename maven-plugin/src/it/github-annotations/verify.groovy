def lines = new File(basedir, 'build.log').readLines()

// paths are relative to the checkout GitHub resolves them against: GITHUB_WORKSPACE if set, else the top project
def workspace = System.getenv('GITHUB_WORKSPACE') ? new File(System.getenv('GITHUB_WORKSPACE')).canonicalFile : basedir.canonicalFile
def rel = { String path ->
    def file = new File(basedir, path).canonicalFile.toPath()
    file.startsWith(workspace.toPath()) ? workspace.toPath().relativize(file).toString().replace(File.separator, '/') : file.toString()
}
def manyController = rel('src/main/java/it/shop/ManyController.java').replace(':', '%3A')
def broken = rel('src/main/java/it/shop/Broken.java').replace(':', '%3A')

def commands = lines.findAll { it.startsWith('::') }
// most severe first: the file that does not parse, then 10 of the 12 warnings, then the notice
assert commands.size() == 12
assert commands[0].startsWith("::error file=${broken},line=5,col=".toString())
assert commands[0].contains(',title=redirect-lint%3A file not analysed::syntax error: ')
def warnings = commands.findAll { it.startsWith('::warning ') }
assert warnings.size() == 10
assert warnings[0] == "::warning file=${manyController},line=12,endLine=12,col=16,endColumn=32,title=redirect-lint non-get-302::ManyController#step1 accepts POST but answers 302 Found through a \"redirect:\" view name; after a 302 a client may repeat the request as a GET, or may not. Fix: annotate the handler with @ResponseStatus(HttpStatus.SEE_OTHER) (303 See Other: the client follows with a GET, Post/Redirect/Get); or annotate the handler with @ResponseStatus(HttpStatus.TEMPORARY_REDIRECT) (307 Temporary Redirect: the client repeats the request with its method and body).".toString()
assert warnings[9].contains('ManyController#step10 ')
def notices = commands.findAll { it.startsWith('::notice ') }
assert notices.size() == 1
assert notices[0].contains(',title=redirect-lint any-method-302::ManyController#anything accepts every HTTP method')
assert commands.indexOf(notices[0]) == commands.size() - 1

assert lines.contains('redirect-lint: 2 warnings not shown as annotations: GitHub shows at most 10 annotations of each type per step. Every finding is listed in this log and in the SARIF log.')
// the ordinary log lines are all still there
assert lines.count { it.startsWith('[WARNING] ') && it.contains('] [non-get-302] ManyController#step') } == 12
assert lines.contains('[INFO] redirect-lint: 13 findings (0 errors, 12 warnings, 1 info) in 2 files, 1 file could not be analysed; SARIF written to target/redirect-lint.sarif')
