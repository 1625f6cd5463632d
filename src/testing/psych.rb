# Reads YAML documents exactly as gitlabhq loads .gitlab-ci.yml (Gitlab::Config::Loader::Yaml):
# Psych (libyaml, YAML 1.1) with the same safe_load options. Used by src/testing/psych.ts.
#
# stdin: a JSON array of base64 strings (each one document's UTF-8 bytes, as a file would hold them).
# stdout: a JSON array with, per document, {"value": ...} or {"error": "..."}. Values other than
# strings, arrays, string-keyed hashes, true/false/nil and finite numbers are tagged so that they
# cannot be mistaken for strings: {"!symbol": "x"}, {"!float": "NaN"}, {"!map": [[k, v], ...]},
# {"!ruby": "ClassName"}.
require 'base64'
require 'json'
require 'yaml'

def canonical(value)
  case value
  when String, true, false, nil, Integer then value
  when Symbol then { '!symbol' => value.to_s }
  when Float then value.finite? ? value : { '!float' => (value.nan? ? 'NaN' : (value.positive? ? 'Infinity' : '-Infinity')) }
  when Array then value.map { |item| canonical(item) }
  when Hash
    if value.keys.all? { |key| key.is_a?(String) }
      value.to_h { |key, item| [key, canonical(item)] }
    else
      { '!map' => value.map { |key, item| [canonical(key), canonical(item)] } }
    end
  else { '!ruby' => value.class.name }
  end
end

def load(text)
  value = YAML.safe_load(text, permitted_classes: [Symbol], permitted_symbols: [], aliases: true)
  { 'value' => canonical(value) }
rescue Exception => e # rubocop:disable Lint/RescueException -- every failure is a result here
  { 'error' => "#{e.class}: #{e.message}" }
end

documents = JSON.parse($stdin.read)
results = documents.map { |encoded| load(Base64.strict_decode64(encoded).force_encoding(Encoding::UTF_8)) }
$stdout.write(JSON.generate(results))
