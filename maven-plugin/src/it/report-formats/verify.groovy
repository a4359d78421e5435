import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').readLines()
assert lines.contains('[INFO] redirect-lint: 4 findings (0 errors, 4 warnings, 0 info) in 3 files; SARIF written to target/redirect-lint.sarif; Checkstyle XML written to target/redirect-lint-checkstyle.xml')
assert !lines.any { it.startsWith('::') } : 'no workflow commands outside GitHub Actions'

// ---- Checkstyle XML: the checkstyle-result.xml layout
def xml = new XmlSlurper().parse(new File(basedir, 'target/redirect-lint-checkstyle.xml'))
assert xml.name() == 'checkstyle'
assert xml.@version.text() ==~ /\d+\.\d+\.\d+.*/
assert xml.file.size() == 3
def order = xml.file.find { it.@name.text().endsWith('OrderController.java') }
assert order.@name.text() == new File(basedir, 'src/main/java/it/shop/OrderController.java').absolutePath
assert order.error.size() == 1
assert order.error.@line.text() == '11'
assert order.error.@column.text() == '16'
assert order.error.@severity.text() == 'warning'
assert order.error.@source.text() == 'redirect-lint.non-get-302'
assert order.error.@message.text().startsWith('OrderController#create accepts POST but answers 302 Found')
def kasse = xml.file.find { it.@name.text().endsWith('KasseController.java') }
assert kasse.@name.text().contains('/it/shop/\u00fcnicode/')
assert kasse.error*.@source*.text() == ['redirect-lint.non-get-301', 'redirect-lint.redirect-without-location']

// ---- SARIF: rules, fingerprints, related locations and both fixes
def sarif = new JsonSlurper().parse(new File(basedir, 'target/redirect-lint.sarif'), 'UTF-8')
def run = sarif.runs[0]
def driver = run.tool.driver
assert driver.version ==~ /\d+\.\d+\.\d+.*/
assert driver.informationUri == 'https://github.com/redirect-lint/redirect-lint'
assert driver.rules*.id == ['non-get-302', 'any-method-302', 'non-get-301', 'redirect-without-location']
driver.rules.each { rule ->
    assert rule.helpUri == "https://github.com/redirect-lint/redirect-lint#${rule.id}".toString()
    assert rule.help.markdown.contains("[Documentation of `${rule.id}`](${rule.helpUri})".toString())
    assert rule.fullDescription.text.length() > 50
}
assert run.automationDetails.id == 'redirect-lint/'
assert run.originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toUri().toString()
assert run.results.size() == 4
run.results.each { result ->
    assert result.partialFingerprints['redirectLint/v1'] ==~ /[0-9a-f]{32}:1/
    assert !result.partialFingerprints.containsKey('primaryLocationLineHash') : 'left to the upload action'
    assert !result.containsKey('baselineState') : 'no baseline here'
}
def kasseResults = run.results.findAll { it.locations[0].physicalLocation.artifactLocation.uri.contains('Kasse') }
assert kasseResults*.locations*.physicalLocation*.artifactLocation*.uri.flatten().unique() == ['src/main/java/it/shop/%C3%BCnicode/KasseController.java']

def apply = { File file, fix ->
    def text = file.getText('UTF-8')
    def edits = fix.artifactChanges[0].replacements.sort { -it.deletedRegion.charOffset }
    edits.each { edit ->
        int start = edit.deletedRegion.charOffset
        text = text.substring(0, start) + edit.insertedContent.text + text.substring(start + edit.deletedRegion.charLength)
    }
    text
}

def create = run.results.find { it.properties.handler == 'OrderController#create' }
assert create.relatedLocations.size() == 1
assert create.relatedLocations[0].physicalLocation.region.startLine == 15
assert create.relatedLocations[0].message.text == 'the redirect is made here, in toList()'
assert create.fixes*.properties*.status == [303, 307]
def orderFile = new File(basedir, 'src/main/java/it/shop/OrderController.java')
def fixed303 = apply(orderFile, create.fixes[0])
assert fixed303.contains('    @ResponseStatus(HttpStatus.SEE_OTHER)\n    @PostMapping("/orders")')
assert fixed303.contains('import org.springframework.http.HttpStatus;')
assert apply(orderFile, create.fixes[1]).contains('@ResponseStatus(HttpStatus.TEMPORARY_REDIRECT)')

def servlet = run.results.find { it.properties.handler == 'LoginServlet#doPost' }
assert servlet.fixes*.properties*.status == [303, 307]
servlet.fixes.each { assert it.artifactChanges[0].artifactLocation.uri == 'src/main/java/it/shop/LoginServlet.java' }
def servletFixed = apply(new File(basedir, 'src/main/java/it/shop/LoginServlet.java'), servlet.fixes[0])
assert servletFixed.contains('response.setStatus(HttpServletResponse.SC_SEE_OTHER);\n        response.setHeader("Location", "/home");')
assert !servletFixed.contains('sendRedirect')
