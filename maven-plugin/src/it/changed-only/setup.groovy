// Makes the project a git repository: the sources as they are become main; then, on a feature branch,
// a committed change (cancel's mapping), an unstaged change (a new handler, refund) and an untracked file.
def git = { String... args ->
    def command = ['git', '-c', 'user.name=redirect-lint IT', '-c', 'user.email=it@example.invalid',
                   '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def out = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "${command.join(' ')}\n${out}"
}

new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git 'init', '-q'
git 'add', '.'
git 'commit', '-q', '-m', 'legacy code'
git 'checkout', '-q', '-b', 'feature'

def order = new File(basedir, 'src/main/java/it/shop/OrderController.java')
order.setText(order.getText('UTF-8').replace('@PostMapping("/cancel")', '@PostMapping("/orders/cancel")'), 'UTF-8')
git 'commit', '-q', '-am', 'move cancel'

order.setText(order.getText('UTF-8').replace('''    @PostMapping("/orders/cancel")''', '''    @PostMapping("/refund")
    public String refund() {
        return "redirect:/refunded";
    }

    @PostMapping("/orders/cancel")'''), 'UTF-8')

new File(basedir, 'src/main/java/it/shop/PaymentController.java').setText('''package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class PaymentController {

    @PostMapping("/pay")
    public String pay() {
        return "redirect:/paid";
    }
}
''', 'UTF-8')
