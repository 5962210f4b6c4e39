-- Neovim as an LSP client of the UNRES server (run by run-neovim-client.sh, settings from the
-- environment). Writes a JSON object to UNRES_OUT:
--   { "diagnostics": [ {line, column, severity, code, message}... ],
--     "definition": [ {uri, line, character}... ], "error": "..." only when something failed }
-- Works with Neovim 0.7 (Debian bookworm), which has vim.lsp.start_client but not vim.lsp.start.

local env = function(name)
  local value = os.getenv(name)
  assert(value, name .. ' is not set')
  return value
end
local out_path = env('UNRES_OUT')

local function write(result)
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(env('UNRES_FILE')))
  local buffer = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'unres',
    cmd = { env('UNRES_LSP_JAVA'), '-jar', env('UNRES_LSP_JAR') },
    root_dir = env('UNRES_ROOT'),
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(buffer, client_id)

  -- The server validates the file once it is open; wait for what it publishes.
  local published = vim.wait(120000, function() return #vim.diagnostic.get(buffer) > 0 end, 100)
  assert(published, 'no diagnostics within 120 s')

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(diagnostics, {
      line = d.lnum, column = d.col, severity = d.severity,
      code = d.code or lsp.code, message = d.message,
    })
  end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = { line = tonumber(env('UNRES_LINE')), character = tonumber(env('UNRES_COLUMN')) },
  }
  local responses = vim.lsp.buf_request_sync(buffer, 'textDocument/definition', params, 60000)
  assert(responses and responses[client_id], 'no answer to textDocument/definition')
  local result = responses[client_id].result or {}
  if result.uri then result = { result } end
  local definition = {}
  for _, location in ipairs(result) do
    local range = location.range or location.targetSelectionRange
    table.insert(definition, {
      uri = location.uri or location.targetUri, line = range.start.line, character = range.start.character,
    })
  end

  write({ diagnostics = diagnostics, definition = definition })
  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
end

local ok, problem = pcall(run)
if not ok then
  write({ error = tostring(problem) })
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
