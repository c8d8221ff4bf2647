using System.Net;

namespace Knowledge.Elasticsearch;

/// <summary>
/// Elasticsearch refused a request or could not be reached. The message is French and readable by
/// a person; <see cref="ErrorType"/> carries the server's error type (e.g. <c>mapper_parsing_exception</c>).
/// </summary>
public sealed class ElasticsearchException : Exception
{
    /// <summary>Creates an exception without a message.</summary>
    public ElasticsearchException()
    {
    }

    /// <summary>Creates an exception with a French message.</summary>
    public ElasticsearchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a French message and its cause.</summary>
    public ElasticsearchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a refusal by the server.</summary>
    public ElasticsearchException(string message, HttpStatusCode? statusCode, string? errorType, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorType = errorType;
    }

    /// <summary>HTTP status of the refusal, when there was a response.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The server's error type, when it sent one.</summary>
    public string? ErrorType { get; }
}
