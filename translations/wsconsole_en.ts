<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Api</name>
    <message>
        <source>This request names no desktops, so whether it was carried out cannot be checked automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key (AK) and secret key (SK) are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account, IAM user name and password are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual proxy needs a host and a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request timeout must be at least one second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops per create request must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops per assignment request must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not know this API: the address or path is wrong, or the service is not offered in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the region and the Workspace endpoint in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway rejected the request as malformed or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fewer desktops per request, or report the request id to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console renews tokens by itself; if this repeats, check the computer&apos;s clock and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s time stamp is more than 15 minutes away from the service&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock right (turn on automatic time synchronisation), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AK/SK signature was rejected: the secret key does not match the access key, or the computer&apos;s clock is more than 15 minutes off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AK and SK in the profile and synchronise the clock. After more than five failures in a row the key is locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not authenticate the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials of the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the gateway&apos;s rate limit was reached. The request was not carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds; the console slows down and sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service behind the gateway did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the operation happened before repeating it; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service found the request empty or a referenced resource missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request fields named in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks are being added to the desktop, so it cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the disk operation has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s current state does not allow this operation (for example, it is already assigned or busy with another task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the desktop list, wait for running tasks to end, and choose desktops that are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Workspace service is not enabled (or is locked) for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable or unlock Workspace in the Huawei Cloud console for this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or tenant no longer exists in the Workspace directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the user list; create the user again if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user group does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing user group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource the request refers to (such as an organisational unit) was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AD settings of the Workspace service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy group conflicts with an existing one, exceeds a limit, or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the policy groups of the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the field named in the message and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the credentials and the computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator for the Workspace permissions of this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource or API was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the view; check the region, endpoint and project id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation conflicts with the resource&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh, wait for running tasks to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fewer desktops per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; the service is throttling this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds; the console slows down and retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service had an internal error; the operation may or may not have been carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console checks what happened before sending again; if it persists, report the request id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; report the request id if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message from the service for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not answer within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network; raise the request timeout in the profile if the connection is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and proxy; the console checks what happened before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered at the endpoint&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint address and port, and that the service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the region or endpoint spelling and the DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not trusted or the TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your company&apos;s CA certificate in the profile; turn off TLS verification only for a test server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy address and its user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read: it was cut off, or it was not the service&apos;s JSON (for example a proxy&apos;s web page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint and proxy settings; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was far larger than expected and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint: it may not be the Workspace service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile and fill in the missing fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1, request id: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN North-Ulanqab2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;wsctl %1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsctl: the command-line companion of Workspace Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl [--lang en|zh_CN] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the input has errors or the operation failed, 2 bad arguments or an unreadable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;wsctl &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsctl: --lang needs a value: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsctl: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;wsctl --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a user CSV file against the CreateDesktop rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users check FILE [options]

Reads a user CSV file the way the console&apos;s import does (UTF-8 with or without BOM,
UTF-16 with BOM, GB18030/GBK; comma, semicolon or tab; English or Chinese headers)
and reports every problem by line and column.

Columns: user_name, user_email, user_phone, user_group, computer_name,
desktop_name_prefix (also: username, email, phone, group, computer, prefix, 用户名,
邮箱, 手机号码, 用户组, 计算机名, 桌面名前缀, ...).

Options:
  --domain-type LITE_AS|LOCAL_AD  Directory type of the Workspace (default LITE_AS)
  --os Windows|Linux              Operating system of the image (default: only the
                                  limits common to both)
  --encoding E                    Read the file as E (UTF-8, GB18030, UTF-16LE, ...)
                                  instead of detecting it
  --delimiter D                   comma, semicolon or tab instead of detecting it
  --format text|json              Output format (default text)
  --lang en|zh_CN                 Language of the messages

Exit codes: 0 no row is invalid, 1 some rows (or the file) have errors,
2 bad arguments or an unreadable file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FILE to check is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one FILE at a time (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain-type must be LITE_AS or LOCAL_AD (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--os must be Windows or Linux (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (try UTF-8, GB18030, UTF-16LE or UTF-16BE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3-separated; checked for %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <extracomment>Summary line: the counts come from the plural messages that follow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingWidget</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file to see its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field column %1 fills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv file or drop it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read as text. Excel on Chinese Windows writes GB18030 (GBK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows (double-click or type on a cell to fix it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (select one to go to its cell):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a CSV template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves an empty CSV file with the column headers and one example row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked for %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped; the table shows the previous result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file yet. Rows are checked as soon as a file is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The three parts are &quot;98 valid&quot;, &quot;2 with errors&quot;, &quot;3 warnings&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n valid</numerusform>
            <numerusform>%n valid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid row(s)</source>
        <translation>
            <numerusform>&amp;Import %n valid row</numerusform>
            <numerusform>&amp;Import %n valid rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file again discards the changes you made in the table. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Computer name may contain only letters, digits, “-” and “_” (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When assigning, the computer name must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name must not end with “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group is required when no attach_user_infos are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name “%1” must differ from the computer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one desktop to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n desktop(s) can be assigned in one request (there are %1).</source>
        <translation>
            <numerusform>At most %n desktop can be assigned in one request (there are %1).</numerusform>
            <numerusform>At most %n desktops can be assigned in one request (there are %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop “%1” is already in this request as desktop %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name “%1” is already used by desktop %2 (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image type is given, so the image id is required too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image id is given, so the image type is required too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type must be private, gold or market (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name policy ID must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name may contain only Chinese characters, letters, digits, “-” and “_” (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be USER or GROUP (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs its group id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach_user_infos is given, so user_name, user_id, user_email and user_group of this desktop are ignored by the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 users and groups can share one desktop (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice for this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk type must be one of SAS, SSD, GPSSD, GPSSD2 (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk size must be between %1 and %2 GB (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk size must be between %1 and %2 GB (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk size must be a multiple of %1 GB (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOPS can only be set for GPSSD2 disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOPS must be between %1 and %2 (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput can only be set for GPSSD2 disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput must be between %1 and %2 MiB/s (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number may contain only digits, with an optional leading “+” (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name may contain only letters, digits, Chinese characters and “-” (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name must be at most %1 characters, a Chinese character counting as 2 (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name prefix must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either desktops (one per user) or size (desktops without users), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one desktop, or give size for desktops without users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size must be at least 1 (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n desktop(s) can be created in one request (size is %1).</source>
        <translation>
            <numerusform>At most %n desktop can be created in one request (size is %1).</numerusform>
            <numerusform>At most %n desktops can be created in one request (size is %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop name is only used together with size; desktops for users are named by their computer name or name prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n desktop(s) can be created in one request (there are %1).</source>
        <translation>
            <numerusform>At most %n desktop can be created in one request (there are %1).</numerusform>
            <numerusform>At most %n desktops can be created in one request (there are %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop type must be DEDICATED or SHARED (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product (package) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name prefix is ignored because a computer name is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 data disks are allowed (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 network interfaces are allowed (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each network interface needs a subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet “%1” is used by two network interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 security groups are allowed (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each security group needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group “%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key may contain only letters, digits, spaces and _ . : + - @ (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag keys starting with “_sys_” are reserved for the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value may contain only letters, digits, spaces and _ . : + - @ (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 tags are allowed (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either the id of an existing EIP or the type, billing and bandwidth of a new one, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new EIP needs a type (5_bgp or 5_sbgp), or give an existing EIP&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP type must be 5_bgp or 5_sbgp (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new EIP needs a billing mode (TRAFFIC or BANDWIDTH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP billing mode must be TRAFFIC or BANDWIDTH (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new EIP needs a bandwidth (%1–%2 Mbit/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP bandwidth must be between %1 and %2 Mbit/s (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several desktops the desktop name is a prefix of at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project ID must be at most %1 characters (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project ID may contain only letters, digits, “-” and “_” (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is not a known column; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is a second %3 column; only the first one is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field opens here and is never closed; this line and the rest of the file were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; it was added to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: some bytes are not valid %2 and were replaced; the file may use another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and at least one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added here, not from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a string, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string %1 was read as the boolean %2; write it without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1”; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name may contain only letters, digits, “-” and “_” (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a LITE_AS directory the user name must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name must be at most %1 characters for %2 desktops (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name must be at most %1 characters in a %2 directory (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group must be “administrators” or “users” for Windows desktops (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group must be “sudo” or “default” for Linux desktops (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group must be one of sudo, default (Linux), administrators, users (Windows) (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3: a value probably contains an unquoted “%4”. Fix the row here or in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 names no known column. The first line must be a header, e.g. user_name,user_email,user_group,computer_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user_name column (also accepted: username, user, 用户名, 用户); every desktop needs a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an added row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lines %1 and %n more</source>
        <translation>
            <numerusform>lines %1 and %n more</numerusform>
            <numerusform>lines %1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name “%1” is also used on %2; computer names must be unique (upper and lower case count as the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” is also on %2: this user will get several desktops.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeverityStyleProxy</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
