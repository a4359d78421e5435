/*
RedirectLint
skipFileOnJavaParseException = true

*/
class Broken {

    void m( { // violation 'redirect-lint skipped this file because it does not parse: syntax error: Parse error'
    }
}
