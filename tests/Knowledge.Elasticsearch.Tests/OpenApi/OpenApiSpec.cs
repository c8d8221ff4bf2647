using System.Globalization;
using System.Text.Json;

namespace Knowledge.Elasticsearch.Tests.OpenApi;

/// <summary>
/// A small validator for the OpenAPI 3.0 schemas of the Elasticsearch specification. It supports what
/// the specification uses for request bodies: <c>$ref</c> into components, <c>type</c>, <c>nullable</c>,
/// <c>properties</c>, <c>required</c>, <c>items</c>, <c>additionalProperties</c> (schema or false),
/// <c>enum</c>, <c>allOf</c>, <c>oneOf</c>/<c>anyOf</c> (both as anyOf: the specification's unions
/// overlap), <c>minProperties</c>/<c>maxProperties</c>. It also checks query-string parameters against
/// the operation's declared parameters. Violations are reported with JSON-pointer paths. Known gap it
/// inherits from the specification: unknown keys pass, since no schema says <c>additionalProperties: false</c>.
/// </summary>
internal sealed class OpenApiSpec
{
    private static readonly Lazy<OpenApiSpec> SharedInstance = new(() => Load(TestFiles.Shared("elasticsearch", "elasticsearch-openapi-9.5.json")));

    private readonly JsonDocument _document;
    private readonly List<(string Template, string[] Segments)> _paths;

    private OpenApiSpec(JsonDocument document)
    {
        _document = document;
        _paths = [.. Root.GetProperty("paths").EnumerateObject().Select(p => (p.Name, p.Name.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries)))];
    }

    public static OpenApiSpec Shared => SharedInstance.Value;

    private JsonElement Root => _document.RootElement;

    public static OpenApiSpec Load(string path) => new(JsonDocument.Parse(File.ReadAllBytes(path)));

    /// <summary>Validates a value against <c>#/components/schemas/{name}</c>.</summary>
    public IReadOnlyList<string> ValidateSchema(string componentName, JsonElement value)
    {
        var errors = new List<string>();
        Validate(Resolve($"#/components/schemas/{componentName}"), value, "", errors);
        return errors;
    }

    /// <summary>The path template of the operation a request hits, preferring literal segments over parameters.</summary>
    public string? MatchPath(string method, string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return _paths
            .Where(p => p.Segments.Length == segments.Length
                        && p.Segments.Zip(segments).All(z => z.First.StartsWith('{') || z.First == z.Second)
                        && Root.GetProperty("paths").GetProperty(p.Template).TryGetProperty(method.ToLowerInvariant(), out _))
            .OrderByDescending(p => p.Segments.Count(s => !s.StartsWith('{')))
            .Select(p => p.Template)
            .FirstOrDefault();
    }

    /// <summary>Validates a request's query parameters and (JSON) body against the operation it hits.</summary>
    public IReadOnlyList<string> ValidateRequest(string method, string path, string query, JsonElement? body)
    {
        var errors = new List<string>();
        var template = MatchPath(method, path);
        if (template is null)
        {
            return [$"{method} {path}: no such operation in the specification"];
        }

        var operation = Root.GetProperty("paths").GetProperty(template).GetProperty(method.ToLowerInvariant());
        var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (operation.TryGetProperty("parameters", out var list))
        {
            foreach (var p in list.EnumerateArray())
            {
                var parameter = p.TryGetProperty("$ref", out var r) ? Resolve(r.GetString()!) : p;
                if (parameter.GetProperty("in").GetString() == "query")
                {
                    parameters[parameter.GetProperty("name").GetString()!] = parameter.GetProperty("schema");
                }
            }
        }

        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            if (!parameters.TryGetValue(name, out var schema))
            {
                errors.Add($"?{name}: not a query parameter of {method} {template}");
                continue;
            }

            if (!ParameterAccepts(schema, value))
            {
                errors.Add($"?{name}={value}: not accepted by the parameter's schema");
            }
        }

        if (operation.TryGetProperty("requestBody", out var requestBody))
        {
            var rb = requestBody.TryGetProperty("$ref", out var rr) ? Resolve(rr.GetString()!) : requestBody;
            if (body is null)
            {
                if (rb.TryGetProperty("required", out var req) && req.GetBoolean())
                {
                    errors.Add($"{method} {template}: body required");
                }
            }
            else
            {
                var schema = rb.GetProperty("content").GetProperty("application/json").GetProperty("schema");
                Validate(schema, body.Value, "", errors);
            }
        }
        else if (body is not null)
        {
            errors.Add($"{method} {template}: takes no body");
        }

        return errors;
    }

    private bool ParameterAccepts(JsonElement schema, string value)
    {
        var candidates = new List<string> { JsonSerializer.Serialize(value) };
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            candidates.Add(value);
        }

        if (value is "true" or "false")
        {
            candidates.Add(value);
        }

        if (value.Length == 0)
        {
            // A bare flag (?refresh) is true for Elasticsearch.
            candidates.Add("true");
        }

        return candidates.Any(c =>
        {
            using var doc = JsonDocument.Parse(c);
            var errors = new List<string>();
            Validate(schema, doc.RootElement, "", errors);
            return errors.Count == 0;
        });
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"external $ref {reference}");
        }

        var node = Root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var part = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!node.TryGetProperty(part, out node))
            {
                throw new KeyNotFoundException($"$ref {reference} does not resolve");
            }
        }

        return node;
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors, IReadOnlySet<string>? uncounted = null)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), value, path, errors, uncounted);
            return;
        }

        if (value.ValueKind == JsonValueKind.Null && schema.TryGetProperty("nullable", out var nullable) && nullable.GetBoolean())
        {
            return;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            // The specification models "exactly one variant, plus shared keys" (aggregation containers:
            // one of terms/filter/avg… plus aggregations/meta) as allOf[shared, variants{maxProperties: 1}].
            // Read literally, maxProperties would count the shared keys too and reject every aggregation
            // with sub-aggregations; it is meant to count the variant keys, so keys a sibling branch
            // declares are left out of a branch's property count.
            var parts = allOf.EnumerateArray().ToList();
            for (var i = 0; i < parts.Count; i++)
            {
                var siblings = new HashSet<string>(StringComparer.Ordinal);
                for (var j = 0; j < parts.Count; j++)
                {
                    if (j != i)
                    {
                        siblings.UnionWith(DeclaredProperties(parts[j]));
                    }
                }

                Validate(parts[i], value, path, errors, siblings);
            }
        }

        foreach (var keyword in (string[])["oneOf", "anyOf"])
        {
            if (schema.TryGetProperty(keyword, out var alternatives))
            {
                ValidateAny(alternatives, value, path, errors);
            }
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(value, type.GetString()!))
        {
            errors.Add($"{Pointer(path)}: expected {type.GetString()}, got {Describe(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{Pointer(path)}: {value.GetRawText()} is not one of [{string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()))}]");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            ValidateObject(schema, value, path, errors, uncounted);
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Validate(items, item, $"{path}/{i++}", errors);
            }
        }
    }

    private void ValidateAny(JsonElement alternatives, JsonElement value, string path, List<string> errors)
    {
        List<string>? closest = null;
        foreach (var alternative in alternatives.EnumerateArray())
        {
            var branch = new List<string>();
            Validate(alternative, value, path, branch);
            if (branch.Count == 0)
            {
                return;
            }

            if (closest is null || branch.Count < closest.Count)
            {
                closest = branch;
            }
        }

        errors.Add($"{Pointer(path)}: matches none of {alternatives.GetArrayLength()} alternatives; closest: {string.Join("; ", closest ?? [])}");
    }

    private IEnumerable<string> DeclaredProperties(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = Resolve(reference.GetString()!);
        }

        return schema.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name)
            : [];
    }

    private void ValidateObject(JsonElement schema, JsonElement value, string path, List<string> errors, IReadOnlySet<string>? uncounted)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    errors.Add($"{Pointer(path)}: missing required property '{name}'");
                }
            }
        }

        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            if (uncounted is null || !uncounted.Contains(property.Name))
            {
                count++;
            }

            var childPath = $"{path}/{Escape(property.Name)}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, childPath, errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{Pointer(childPath)}: property not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Validate(additional, property.Value, childPath, errors);
                }
            }
        }

        if (schema.TryGetProperty("minProperties", out var min) && count < min.GetInt32())
        {
            errors.Add($"{Pointer(path)}: {count} properties, at least {min.GetInt32()} required");
        }

        if (schema.TryGetProperty("maxProperties", out var max) && count > max.GetInt32())
        {
            errors.Add($"{Pointer(path)}: {count} properties, at most {max.GetInt32()} allowed");
        }
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => true,
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Pointer(string path) => path.Length == 0 ? "/" : path;
}
