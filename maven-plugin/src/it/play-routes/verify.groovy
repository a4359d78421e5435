import groovy.json.JsonSlurper

// conf/routes is found from the project's directory: only the POST action that answers found(...) is reported.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/redirect-lint.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results.size() == 1 : results
def result = results[0]
assert result.ruleId == 'non-get-302'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/controllers/OrderController.java'
assert result.locations[0].physicalLocation.region.startLine == 13
assert result.message.text.contains('OrderController#create accepts POST but answers 302 Found through Play Results.found')
assert result.message.text.contains('redirect(...), which is 303 See Other in Play')
