import groovy.xml.XmlSlurper

// Both runs (the newest Checkstyle with the normal jar, the oldest supported one with the "all" jar) failed
// the build on the one error-level violation and reported the info one. The versions come from the invoker
// configuration's scriptVariables.
def lines = new File(basedir, 'build.log').readLines()
def source = new File(basedir, 'src/main/java/it/shop/OrderController.java').absolutePath
def create = 'OrderController#create accepts POST but answers 302 Found through a "redirect:" view name; ' +
        'after a 302 a client may repeat the request as a GET, or may not. ' +
        'Fix: annotate the handler with @ResponseStatus(HttpStatus.SEE_OTHER) (303 See Other: the client follows ' +
        'with a GET, Post/Redirect/Get); or annotate the handler with @ResponseStatus(HttpStatus.TEMPORARY_REDIRECT) ' +
        '(307 Temporary Redirect: the client repeats the request with its method and body).'

def results = new File(basedir, 'target').listFiles().findAll { it.name ==~ /checkstyle-result-.*\.xml/ }
assert results*.name.sort() == ["checkstyle-result-${checkstyleVersion}.xml", "checkstyle-result-${checkstyleNewestVersion}.xml"]*.toString().sort() :
        "one result per Checkstyle version, got ${results*.name}"
results.each { file ->
    def report = new XmlSlurper().parse(file)
    assert file.name == "checkstyle-result-${report.@version}.xml" : "${file.name} was written by Checkstyle ${report.@version}"
    def errors = report.file.error
    assert errors.size() == 2
    def first = errors[0]
    assert first.@line == '12' && first.@column == '16' && first.@severity == 'error'
    assert first.@source == 'dev.redirectlint.checkstyle.RedirectLintCheck'
    assert first.@message == create
    def second = errors[1]
    assert second.@line == '17' && second.@severity == 'info'
    assert second.@message.text().startsWith('OrderController#clear accepts every HTTP method and answers 302 Found')
}

assert lines.count { it == "[ERROR] ${source}:12:16: ${create} [RedirectLint]".toString() } == 2
assert lines.count { it == "[ERROR] src/main/java/it/shop/OrderController.java:[12,16] (extension) RedirectLint: ${create}".toString() } == 2
assert lines.count { it.startsWith('[ERROR] Failed to execute goal org.apache.maven.plugins:maven-checkstyle-plugin:') &&
                     it.endsWith(':check (default-cli) on project checkstyle-plugin-fail: You have 1 Checkstyle violation. -> [Help 1]') } == 2
