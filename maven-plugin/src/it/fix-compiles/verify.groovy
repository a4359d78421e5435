def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/java/it/shop')

// fix ran between two compilations and check found nothing afterwards.
assert log.contains('[INFO] redirect-lint: 13 fix(es) applied in 4 file(s)')
assert log.contains('[INFO] redirect-lint: 0 findings')
assert log.contains('BUILD SUCCESS')
assert log.findAll(/Compiling \d+ source files?/).size() == 2 : 'the fixed sources were compiled again'

def controller = new File(src, 'OrderController.java').text
assert controller.contains('return new ModelAndView("redirect:/orders", HttpStatus.SEE_OTHER);')
assert controller.contains('view.setStatusCode(HttpStatus.SEE_OTHER);')
assert controller.contains('ResponseEntity.status(HttpStatus.SEE_OTHER)')
assert controller.contains('ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)')
assert controller.contains('@ResponseStatus(HttpStatus.SEE_OTHER)\n    @PostMapping("/orders/annotated")')
assert controller.contains('@ResponseStatus(HttpStatus.SEE_OTHER)\n    @PostMapping("/orders/direct")')
assert controller.contains('        // Post/Redirect/Get\n')

def servlet = new File(src, 'LoginServlet.java').getText('UTF-8')
assert servlet.contains('\t\t\tresp.setStatus(HttpServletResponse.SC_SEE_OTHER);\r\n')
assert servlet.contains('\t\tresp.setStatus(HttpServletResponse.SC_SEE_OTHER);\r\n\t\tresp.setHeader("Location", req.getContextPath() + "/home");\r\n')
assert !servlet.replace('\r\n', '').contains('\n') : 'CRLF line endings kept'

def resource = new File(src, 'PaymentResource.java').text
assert resource.contains('return Response.seeOther(URI.create("/payments/1")).build();')
assert resource.contains('new RedirectionException(Response.Status.SEE_OTHER, URI.create("/payments"))')

// The form handlers return a ModelAndView: 303 on the redirect, the form page as before.
def owner = new File(src, 'OwnerController.java').text
assert owner.contains('public ModelAndView processCreationForm(String name, BindingResult result, Model model, RedirectAttributes flash)')
assert owner.contains('return new ModelAndView("owners/createOrUpdateOwnerForm");')
assert owner.contains('return result.getErrorCount() > 100 ? new ModelAndView("error") : new ModelAndView("redirect:/owners/" + name.length(), HttpStatus.SEE_OTHER);')
assert owner.contains('case 0 -> new ModelAndView("redirect:/owners/{id}", HttpStatus.SEE_OTHER);')
assert owner.contains('import org.springframework.web.servlet.ModelAndView;')
