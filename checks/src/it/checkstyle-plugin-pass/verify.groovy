import groovy.xml.XmlSlurper

// The check ran (Checkstyle could load RedirectLint from the "all" jar, or the build would have failed)
// and found nothing, at any severity.
def lines = new File(basedir, 'build.log').readLines()
def report = new XmlSlurper().parse(new File(basedir, 'target/checkstyle-result.xml'))
assert report.@version == checkstyleNewestVersion
assert report.file.size() == 1
assert report.file.error.size() == 0
assert lines.contains('[INFO] You have 0 Checkstyle violations.')
assert lines.contains('[INFO] BUILD SUCCESS')
