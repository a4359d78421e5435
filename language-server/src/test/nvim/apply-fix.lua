-- Drives Neovim (0.7+) as a real LSP client of redirect-lint's language server, headless:
-- opens a Java file, waits for the server's diagnostics, asks for the code actions at the first finding,
-- applies the one titled RL_ACTION (default "Use 303 See Other"), writes the buffer and quits.
-- Everything it sees goes to the transcript file RL_TRANSCRIPT; it exits non-zero on any failure.
--
--   RL_SERVER_JAR=... RL_FILE=/project/src/.../X.java RL_TRANSCRIPT=/tmp/t.txt \
--     nvim --headless --clean -c "luafile apply-fix.lua"

local jar = assert(os.getenv("RL_SERVER_JAR"), "RL_SERVER_JAR is not set")
local file = assert(os.getenv("RL_FILE"), "RL_FILE is not set")
local transcript_path = assert(os.getenv("RL_TRANSCRIPT"), "RL_TRANSCRIPT is not set")
local wanted = os.getenv("RL_ACTION") or "Use 303 See Other"
local java = os.getenv("RL_JAVA") or "java"
local root = os.getenv("RL_ROOT") or vim.fn.fnamemodify(file, ":h")
local timeout = 90000

local transcript = assert(io.open(transcript_path, "w"))
local function say(line)
  transcript:write(line, "\n")
  transcript:flush()
end

local function run()
  say("nvim " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor) .. "."
      .. tostring(vim.version().patch) .. ", server " .. jar)
  local client_id = vim.lsp.start_client({
    name = "redirect-lint",
    cmd = { java, "-jar", jar },
    root_dir = root,
    settings = { ["redirect-lint"] = {} },
  })
  assert(client_id, "the server did not start")
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)

  local arrived = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  assert(arrived, "no diagnostics within " .. timeout .. " ms")
  local diagnostics = vim.diagnostic.get(bufnr)
  table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(diagnostics) do
    say(string.format("diagnostic %d:%d %s [%s] %s", d.lnum + 1, d.col + 1, tostring(d.source),
      tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)), d.message))
  end

  local client = vim.lsp.get_client_by_id(client_id)
  local first = diagnostics[1]
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = {
      start = { line = first.lnum, character = first.col },
      ["end"] = { line = first.end_lnum or first.lnum, character = first.end_col or first.col },
    },
    context = { diagnostics = {} },
  }
  local response = client.request_sync("textDocument/codeAction", params, timeout, bufnr)
  assert(response and not response.err, "codeAction failed: " .. vim.inspect(response))
  local chosen
  for _, action in ipairs(response.result or {}) do
    say("code action: " .. action.title .. (action.isPreferred and " (preferred)" or ""))
    if action.title == wanted then
      chosen = action
    end
  end
  assert(chosen, "no code action titled '" .. wanted .. "'")
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or "utf-16")
  say("applied: " .. chosen.title)
  vim.cmd("write")
  say("written: " .. file)

  client.stop()
  vim.wait(5000, function() return client.is_stopped() end, 50)
end

local ok, problem = pcall(run)
if not ok then
  say("FAILED: " .. tostring(problem))
  transcript:close()
  vim.cmd("cquit 1")
else
  transcript:close()
  vim.cmd("qall!")
end
