namespace SecurityGate.Core.Tests.Infrastructure.Stubs;

/// <summary>System.Data.SqlClient, EF Core (relational raw SQL) and Dapper declarations used by the input-validation tests.</summary>
internal static class DataAccessStubs
{
    public const string Source =
        """
        namespace System.Data.SqlClient
        {
            using System.Data;
            using System.Data.Common;
            public sealed class SqlConnection : DbConnection
            {
                public SqlConnection() { }
                public SqlConnection(string connectionString) { }
                public override string ConnectionString { get; set; } = string.Empty;
                public override string Database => string.Empty;
                public override string DataSource => string.Empty;
                public override string ServerVersion => string.Empty;
                public override ConnectionState State => ConnectionState.Closed;
                public override void ChangeDatabase(string databaseName) { }
                public override void Close() { }
                public override void Open() { }
                protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => throw null!;
                protected override DbCommand CreateDbCommand() => throw null!;
                public new SqlCommand CreateCommand() => throw null!;
            }
            public sealed class SqlParameter : DbParameter
            {
                public override DbType DbType { get; set; }
                public override ParameterDirection Direction { get; set; }
                public override bool IsNullable { get; set; }
                public override string ParameterName { get; set; } = string.Empty;
                public override int Size { get; set; }
                public override string SourceColumn { get; set; } = string.Empty;
                public override bool SourceColumnNullMapping { get; set; }
                public override object? Value { get; set; }
                public override void ResetDbType() { }
            }
            public sealed class SqlParameterCollection : DbParameterCollection
            {
                public SqlParameter AddWithValue(string parameterName, object value) => throw null!;
                public SqlParameter Add(SqlParameter value) => throw null!;
                public override int Count => 0;
                public override object SyncRoot => this;
                public override int Add(object value) => 0;
                public override void AddRange(System.Array values) { }
                public override void Clear() { }
                public override bool Contains(object value) => false;
                public override bool Contains(string value) => false;
                public override void CopyTo(System.Array array, int index) { }
                public override System.Collections.IEnumerator GetEnumerator() => throw null!;
                protected override DbParameter GetParameter(int index) => throw null!;
                protected override DbParameter GetParameter(string parameterName) => throw null!;
                public override int IndexOf(object value) => -1;
                public override int IndexOf(string parameterName) => -1;
                public override void Insert(int index, object value) { }
                public override void Remove(object value) { }
                public override void RemoveAt(int index) { }
                public override void RemoveAt(string parameterName) { }
                protected override void SetParameter(int index, DbParameter value) { }
                protected override void SetParameter(string parameterName, DbParameter value) { }
            }
            public sealed class SqlCommand : DbCommand
            {
                public SqlCommand() { }
                public SqlCommand(string cmdText) { }
                public SqlCommand(string cmdText, SqlConnection connection) { }
                public override string CommandText { get; set; } = string.Empty;
                public override int CommandTimeout { get; set; }
                public override CommandType CommandType { get; set; }
                public override bool DesignTimeVisible { get; set; }
                public override UpdateRowSource UpdatedRowSource { get; set; }
                public new SqlConnection? Connection { get; set; }
                public new SqlParameterCollection Parameters => throw null!;
                protected override DbConnection? DbConnection { get; set; }
                protected override DbParameterCollection DbParameterCollection => throw null!;
                protected override DbTransaction? DbTransaction { get; set; }
                public override void Cancel() { }
                protected override DbParameter CreateDbParameter() => throw null!;
                protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw null!;
                public new SqlDataReader ExecuteReader() => throw null!;
                public override int ExecuteNonQuery() => 0;
                public override object? ExecuteScalar() => null;
                public override void Prepare() { }
            }
            public abstract class SqlDataReader : DbDataReader { }
            public sealed class SqlDataAdapter : DbDataAdapter
            {
                public SqlDataAdapter() { }
                public SqlDataAdapter(SqlCommand selectCommand) { }
                public SqlDataAdapter(string selectCommandText, string selectConnectionString) { }
                public SqlDataAdapter(string selectCommandText, SqlConnection selectConnection) { }
            }
        }
        namespace Microsoft.EntityFrameworkCore.Infrastructure
        {
            public class DatabaseFacade { }
        }
        namespace Microsoft.EntityFrameworkCore
        {
            using System.Linq;
            using Microsoft.EntityFrameworkCore.Infrastructure;
            public class DbContext : System.IDisposable
            {
                public virtual DatabaseFacade Database => throw null!;
                public virtual DbSet<TEntity> Set<TEntity>() where TEntity : class => throw null!;
                public virtual void Dispose() { }
            }
            public abstract class DbSet<TEntity> : IQueryable<TEntity> where TEntity : class
            {
                public System.Type ElementType => typeof(TEntity);
                public System.Linq.Expressions.Expression Expression => throw null!;
                public IQueryProvider Provider => throw null!;
                public System.Collections.Generic.IEnumerator<TEntity> GetEnumerator() => throw null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw null!;
            }
            public static class RelationalQueryableExtensions
            {
                public static IQueryable<TEntity> FromSqlRaw<TEntity>(this DbSet<TEntity> source, string sql, params object[] parameters) where TEntity : class => throw null!;
                public static IQueryable<TEntity> FromSqlInterpolated<TEntity>(this DbSet<TEntity> source, System.FormattableString sql) where TEntity : class => throw null!;
                public static IQueryable<TEntity> FromSql<TEntity>(this DbSet<TEntity> source, System.FormattableString sql) where TEntity : class => throw null!;
            }
            public static class RelationalDatabaseFacadeExtensions
            {
                public static int ExecuteSqlRaw(this DatabaseFacade databaseFacade, string sql, params object[] parameters) => 0;
                public static System.Threading.Tasks.Task<int> ExecuteSqlRawAsync(this DatabaseFacade databaseFacade, string sql, System.Threading.CancellationToken cancellationToken = default) => throw null!;
                public static System.Threading.Tasks.Task<int> ExecuteSqlRawAsync(this DatabaseFacade databaseFacade, string sql, params object[] parameters) => throw null!;
                public static int ExecuteSqlInterpolated(this DatabaseFacade databaseFacade, System.FormattableString sql) => 0;
                public static int ExecuteSql(this DatabaseFacade databaseFacade, System.FormattableString sql) => 0;
                public static IQueryable<TResult> SqlQueryRaw<TResult>(this DatabaseFacade databaseFacade, string sql, params object[] parameters) => throw null!;
            }
        }
        namespace Dapper
        {
            using System.Collections.Generic;
            using System.Data;
            using System.Threading.Tasks;
            public enum CommandFlags { None = 0, Buffered = 1, Pipelined = 2, NoCache = 4 }
            public readonly struct CommandDefinition
            {
                public CommandDefinition(string commandText, object? parameters = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null, CommandFlags flags = CommandFlags.Buffered, System.Threading.CancellationToken cancellationToken = default) { }
            }
            public static partial class SqlMapper
            {
                public static IEnumerable<T> Query<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, bool buffered = true, int? commandTimeout = null, CommandType? commandType = null) => throw null!;
                public static Task<IEnumerable<T>> QueryAsync<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => throw null!;
                public static Task<IEnumerable<T>> QueryAsync<T>(this IDbConnection cnn, CommandDefinition command) => throw null!;
                public static T QueryFirst<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => throw null!;
                public static T? QueryFirstOrDefault<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => throw null!;
                public static T QuerySingle<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => throw null!;
                public static int Execute(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => 0;
                public static Task<int> ExecuteAsync(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => throw null!;
                public static object? ExecuteScalar(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => null;
                public static T? ExecuteScalar<T>(this IDbConnection cnn, string sql, object? param = null, IDbTransaction? transaction = null, int? commandTimeout = null, CommandType? commandType = null) => default;
            }
        }
        """;
}
