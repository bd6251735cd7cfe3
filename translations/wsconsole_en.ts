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
    <message>
        <source>The availability zone has no capacity left for this desktop type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed desktops later, or in another availability zone or with another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota of the project was exceeded while the desktop was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the quota or delete unused desktops, then retry the failed desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service accepted the desktop but could not finish creating it; it is left in an error state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service&apos;s reason below. Retry failed deletes the broken desktop first and creates it again with the same name and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not assign the desktop to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service&apos;s reason below; the desktop can be assigned again with Retry failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 is locked by another program (%2). Close the other console or wsctl that uses it, or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 is damaged (%2). Move the file aside and start again: the batches it held are then no longer followed, but their desktops stay on the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of the console (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk %1 has an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address such as https://workspace.cn-north-4.myhuaweicloud.com, or leave it empty to use the region&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not encrypted (http): credentials and tokens would travel in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may have at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the regions where Workspace is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project id has 32 hexadecimal characters; leave it empty to discover it from the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key contains spaces; paste it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key contains spaces; paste it again without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are not checked: anyone on the network path could read the credentials. Use this only for a test endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no Sandbox built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second must be between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry %n failed desktop(s)</source>
        <translation>
            <numerusform>Retry %n failed desktop</numerusform>
            <numerusform>Retry %n failed desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s)</source>
        <translation>
            <numerusform>Create %n desktop</numerusform>
            <numerusform>Create %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n desktop(s)</source>
        <translation>
            <numerusform>Assign %n desktop</numerusform>
            <numerusform>Assign %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>A user of that name exists already in the Workspace directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the existing user, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM password of %1 (account %2) is required; it is not stored with the profile&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to assign this desktop, so whether it was assigned cannot be read from the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the desktop&apos;s user in the desktops list; Retry failed sends the assignment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to create this desktop, so whether it was created cannot be read from the job; it has no computer name, so it could not be looked up by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the user&apos;s desktops in the desktops list before you retry: Retry failed creates one again for the same user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to create this desktop. The desktops were listed by name: %1 exists, in the ERROR state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed deletes that desktop first, then creates it again with the same name and user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to create this desktop. The desktops were listed by name when the batch ended: none is named %1, so it was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed sends its create again with the same name and user; there is nothing to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceiling of requests per second must be between 1 and 1000, or 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this request was carried out cannot be checked automatically: look at the desktops before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start %n desktop(s)</source>
        <translation>
            <numerusform>Start %n desktop</numerusform>
            <numerusform>Start %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n desktop(s)</source>
        <translation>
            <numerusform>Stop %n desktop</numerusform>
            <numerusform>Stop %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n desktop(s)</source>
        <translation>
            <numerusform>Restart %n desktop</numerusform>
            <numerusform>Restart %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hibernate %n desktop(s)</source>
        <translation>
            <numerusform>Hibernate %n desktop</numerusform>
            <numerusform>Hibernate %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power action on %n desktop(s)</source>
        <translation>
            <numerusform>Power action on %n desktop</numerusform>
            <numerusform>Power action on %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)</source>
        <translation>
            <numerusform>Delete %n desktop</numerusform>
            <numerusform>Delete %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detach the users of %n desktop(s)</source>
        <translation>
            <numerusform>Detach the users of %n desktop</numerusform>
            <numerusform>Detach the users of %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild %n desktop(s)</source>
        <translation>
            <numerusform>Rebuild %n desktop</numerusform>
            <numerusform>Rebuild %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the product of %n desktop(s)</source>
        <translation>
            <numerusform>Change the product of %n desktop</numerusform>
            <numerusform>Change the product of %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>The service could not carry out the action on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the service&apos;s reason below; Retry failed sends the action again for the failed desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ended without reporting this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service shows the desktop in the “%1” state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the create wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assignment dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from %1</source>
        <translation>
            <numerusform>%n row from %1</numerusform>
            <numerusform>%n rows from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n typed or pasted in %1</source>
        <translation>
            <numerusform>%n typed or pasted in %1</numerusform>
            <numerusform>%n typed or pasted in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service took the request but started nothing for this desktop: it refused it at once, and the answer saying why was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n desktop(s)</source>
        <translation>
            <numerusform>Tag %n desktop</numerusform>
            <numerusform>Tag %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tags from %n desktop(s)</source>
        <translation>
            <numerusform>Remove tags from %n desktop</numerusform>
            <numerusform>Remove tags from %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End maintenance mode of %n desktop(s)</source>
        <translation>
            <numerusform>End maintenance mode of %n desktop</numerusform>
            <numerusform>End maintenance mode of %n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n desktop(s) in maintenance mode</source>
        <translation>
            <numerusform>Put %n desktop in maintenance mode</numerusform>
            <numerusform>Put %n desktops in maintenance mode</numerusform>
        </translation>
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
        <source>Commands:</source>
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
        <source>Usage: wsctl %1 &lt;command&gt; [options]</source>
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
    <message>
        <source>Show the tenant&apos;s Workspace: directory type, VPC, subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the desktop products (CPU, memory, OS, availability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the desktop images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the availability zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the subnets desktops can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl %1 [options]

%2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --os Windows|Linux   Only this operating system
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --zone AZ            Mark products sold out in this zone
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (JSON keys and CSV header) are stable English names; use
--format json or csv in scripts. Every page is read.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min RAM MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min disk GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: no new request is sent; waiting for the requests in flight (Ctrl-C again to leave now). Resume with &quot;wsctl jobs watch&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs go on on the service: &quot;wsctl jobs watch %1&quot; follows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsctl: interrupted; the journal is consistent. &quot;wsctl jobs watch&quot; resumes and follows the batch to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished at %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n waiting to be sent</numerusform>
            <numerusform>%n waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is not known: the request may or may not have been carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more; &quot;wsctl jobs show %1&quot; lists them all.</source>
        <translation>
            <numerusform>... and %n more; &quot;wsctl jobs show %1&quot; lists them all.</numerusform>
            <numerusform>... and %n more; &quot;wsctl jobs show %1&quot; lists them all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Global options (anywhere on the line):
  --profile NAME        Connection profile (default: the active one)
  --endpoint URL        Workspace endpoint instead of the profile&apos;s
  --iam-endpoint URL    IAM endpoint instead of the profile&apos;s
  --region NAME         Region instead of the profile&apos;s
  --project-id ID       Project instead of the profile&apos;s (or discovered)
  --format text|json|csv  Output format (default text)
  --lang en|zh_CN       Language of the messages (default: from LANG)
  --journal PATH        Job journal (default: the console&apos;s, shared)
Credentials also come from HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK,
HUAWEICLOUD_SDK_SECURITY_TOKEN and HUAWEICLOUD_SDK_PROJECT_ID.

Exit codes: 0 done, 1 invalid input (nothing sent), 2 bad usage or an
unreadable file, 3 API or network error, 4 jobs ended with failures,
130 interrupted (the journal stays consistent; resume with
&quot;wsctl jobs watch&quot;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; &quot;wsctl profiles list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets of profile &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be used as it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the missing settings with &quot;wsctl profiles add&quot;, the HUAWEICLOUD_SDK_* variables or the global options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl [global options] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;wsctl &lt;command&gt; --help&quot; for a command&apos;s options; docs/WSCTL.md has examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json or csv (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1: nothing was sent.</source>
        <translation>
            <numerusform>%n error, %1: nothing was sent.</numerusform>
            <numerusform>%n errors, %1: nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) in %1, at most %2 per request: POST %3</source>
        <translation>
            <numerusform>%n desktop in %1, at most %2 per request: POST %3</numerusform>
            <numerusform>%n desktops in %1, at most %2 per request: POST %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 of %2: %n desktop(s), rows %3</source>
        <translation>
            <numerusform>Request %1 of %2: %n desktop, rows %3</numerusform>
            <numerusform>Request %1 of %2: %n desktops, rows %3</numerusform>
        </translation>
    </message>
    <message>
        <source> (CSV lines %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 bytes, sha256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign existing desktops to users from a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assignments FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run sends nothing, so there is nothing to --wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds (at least 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktops could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file assigns no desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 (%3), journaled in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no product &quot;%1&quot;: &quot;wsctl catalog products&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no image &quot;%1&quot;: &quot;wsctl catalog images&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create desktops from a spec (and a user CSV), in safe chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON at line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec must be a JSON object: the CreateDesktop body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spec FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace and catalog could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List desktops, filtered (every page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops list [filters]

Lists the tenant&apos;s desktops with every page read. Filters:
  --status S           ACTIVE, SHUTOFF, ERROR or HIBERNATED
  --user NAME          User name contains NAME (repeat for exact names)
  --computer-name N    Computer name contains N
  --unassigned         Only desktops without a user
  --assigned           Only desktops with a user
  --zone AZ            Availability zone
  --type T             DEDICATED, SHARED or POOLED
  --image ID           Image
  --subnet ID          Subnet
  --ip ADDRESS         Desktop IP address
  --tag KEY=VALUE      Tag (KEY=VALUE,KEY2=VALUE2 for several)
  --sort created|computer_name  Order (default created)
  --desc               Descending order
  --page-size N        Desktops per request, 1-1000 (default 500)

Example: the unassigned desktops as CSV for an assignment file:
  wsctl desktops list --unassigned --format csv &gt; free.csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be ACTIVE, SHUTOFF, ERROR or HIBERNATED (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assigned and --unassigned exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be created or computer_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be between 1 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the connection profiles (shared with the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or replace a connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a connection profile and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a profile reaches IAM and Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a profile the default one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl profiles list

Lists the connection profiles that the console and wsctl share: name,
id, whether it is the default, region, endpoint, authentication and the
access key, masked. Secrets are never shown.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl profiles remove NAME

Removes the profile, its settings and its secrets in the keychain.
The Sandbox profile cannot be removed. Batches it started stay in the
job journal.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl profiles test [NAME]

Checks the profile (default: --profile, else the default one) with
the environment and the global options applied: first IAM (the
credentials), then Workspace (the tenant&apos;s workspace). Says which step
failed, why and what to do. Exit 0 when both pass, 3 otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl profiles use NAME

Makes NAME the default profile of wsctl and of the console.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(embedded emulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists; add --replace to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox profile cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be aksk or iam (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--create-cap needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attach-cap needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy must be none, system or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsctl profiles add: the profile is not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM (credentials): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IAM check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Workspace check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a self-contained demo on an embedded Sandbox (no account needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-scale must be a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo data is missing from this build (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsctl demo: the console&apos;s engine on an embedded Sandbox, no cloud account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox started at %1 (project %2, state in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox&apos;s catalog could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Sandbox&apos;s catalog has no Windows product and image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog read: %1 products, %2 images, %3 zones; directory %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (%2 vCPUs, %3 GB) with image &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read demo-users.csv (%1, headers %2): %3 rows, %4 valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3 -&gt; row left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo request does not pass the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating %n desktop(s) in %1 of at most %2 (batch %3):</source>
        <translation>
            <numerusform>Creating %n desktop in %1 of at most %2 (batch %3):</numerusform>
            <numerusform>Creating %n desktops in %1 of at most %2 (batch %3):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo assignment could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n unassigned desktop(s): %1</source>
        <translation>
            <numerusform>Assigning %n unassigned desktop: %1</numerusform>
            <numerusform>Assigning %n unassigned desktops: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 assigned, %2 failed in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unassigned desktop to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops created from the CSV, as the service lists them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service check: %1 of %2 new desktops ACTIVE with their user; %3 desktops in the tenant; computer names used twice: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments confirmed on the service: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal: %1 batches, every chunk written before it was sent; %2 HTTP requests in all. Done in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: &quot;wsctl --help&quot;; on your tenant: wsctl profiles add, then wsctl desktops create --spec SPEC.json --users USERS.csv --dry-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the batches in the job journal (shared with the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a batch: every desktop, and why the failed ones failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume unfinished batches and follow them to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new batch of just the failed desktops of a batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a batch&apos;s results as CSV (one line per desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl jobs list

Lists the batches of the profile in the job journal, oldest first: id,
what it does, its state (running, paused, finished, or running in
another window), and how many desktops succeeded, failed or wait.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl jobs show ID

Shows one batch (ID or a unique start of it): its counts, every desktop
with its CSV line, desktop id, job and status, and for each failure the
cause, what to do, the service&apos;s message, code and request id.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl jobs watch [ID] [options]

Resumes the unfinished batches of the profile (or only ID) that no
other process runs, exactly where they stopped: requests whose answer
was lost are looked up on the service before anything is sent again,
so no desktop is made twice. Follows them, and batches that the console
runs, until they end.

Options:
  --poll-interval S    Longest wait between two job polls (default 10)

Exit: 0 all succeeded, 4 some desktops failed, 3 a request was refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl jobs retry-failed ID [options]

Starts a new batch of just the desktops of ID that failed, each with its
original settings and CSV line. Desktops a failed create left in ERROR are
deleted first, so their names can be used again.

Options:
  --wait               Follow the new jobs to the end
  --poll-interval S    Longest wait between two job polls (default 10)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl jobs export ID --out FILE.csv

Writes one line per desktop of the batch (UTF-8 with BOM, for Excel):
source_row, source_line, user_name, computer_name, desktop_id, job_id,
sub_job_id, status, error_code, message, request_id. The header is
always English. --out - writes to standard output without the BOM.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no batch %1 in this profile&apos;s journal; &quot;wsctl jobs list&quot; shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 starts %n batch ids; give more of it.</source>
        <translation>
            <numerusform>%1 starts %n batch id; give more of it.</numerusform>
            <numerusform>%1 starts %n batch ids; give more of it.</numerusform>
        </translation>
    </message>
    <message>
        <source>give the batch ID (&quot;wsctl jobs list&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.csv is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) written to %1.</source>
        <translation>
            <numerusform>%n desktop written to %1.</numerusform>
            <numerusform>%n desktops written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 is not finished; retry its failed desktops once it is (&quot;wsctl jobs watch %1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 has no failed desktop to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2 (retries %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to watch: every batch of profile &quot;%1&quot; is finished or paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following batch %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no batch of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users of the Workspace directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create directory users (one, or one per CSV line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users list [options]

Lists the users of the Workspace directory (not IAM users) with their
contact, activation, number of desktops and state.

Options:
  --name TEXT          User name contains TEXT
  --group NAME         Members of the user group NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users create --name NAME [options]
       wsctl users create --csv USERS.csv [options]

Creates directory users. Self-activated users (the default) get a link by
e-mail or SMS, so they need an e-mail address or a phone number. Every user
is checked before the first is sent; a user that exists already is reported
and the others are still created.

Options:
  --name NAME          User name
  --email ADDRESS      E-mail address
  --phone NUMBER       Mobile phone number
  --csv FILE           One user per line (user_name, user_email, user_phone;
                       English or Chinese headers, as &quot;users check&quot; reads)
  --activate user|admin  Who activates the account (default user)
  --password-stdin     Read the password (admin activation) from standard
                       input; never from the command line
  --expires DATE       Account expiry, yyyy-MM-ddTHH:mm:ssZ (default never)
  --description TEXT   Description
  --domain-type LITE_AS|LOCAL_AD  Directory type (default: the service&apos;s)
  --dry-run            Check and print the bodies (password masked); send
                       nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --name or --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--activate must be user or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 is on an earlier line already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) created</source>
        <translation>
            <numerusform>%n user created</numerusform>
            <numerusform>%n users created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wsctl: %n desktop(s) failed; &quot;wsctl jobs show %1&quot; explains each, &quot;wsctl jobs retry-failed %1&quot; retries them.</source>
        <translation>
            <numerusform>wsctl: %n desktop failed; &quot;wsctl jobs show %1&quot; explains it, &quot;wsctl jobs retry-failed %1&quot; retries it.</numerusform>
            <numerusform>wsctl: %n desktops failed; &quot;wsctl jobs show %1&quot; explains each, &quot;wsctl jobs retry-failed %1&quot; retries them.</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before its end; &quot;wsctl jobs watch&quot; resumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted; &quot;wsctl jobs watch&quot; resumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every request accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the parts of a list, e.g. &quot;3 succeeded, 1 failed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s): %1</source>
        <translation>
            <numerusform>%n desktop: %1</numerusform>
            <numerusform>%n desktops: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>where a CSV problem is: &quot;&lt;file&gt; line 3&quot; and the column&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3 [%4]</source>
        <extracomment>a problem of the input: where, &quot;error&quot; or &quot;warning&quot;, the message, the stable code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl demo [options]

Shows the whole engine without a cloud account or a display, in well under
a minute: starts the Sandbox emulator inside wsctl (state in a temporary
folder, removed at the end), reads the bundled user CSV (Chinese headers,
one bad row that is reported and left out), creates the desktops in
journaled chunks, assigns the tenant&apos;s unassigned desktops to users,
follows every job with progress and checks the result on the service.
Nothing outside the temporary folder is touched.

Options:
  --time-scale X       Job speed: 1 is about 6 s per desktop (default 0.4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 exists already in the directory; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate needs a number of requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wsctl: the service refused %n desktop(s), so nothing was done for them; &quot;wsctl jobs show %1&quot; names the input to fix.</source>
        <translation>
            <numerusform>wsctl: the service refused %n desktop, so nothing was done for it; &quot;wsctl jobs show %1&quot; names the input to fix.</numerusform>
            <numerusform>wsctl: the service refused %n desktops, so nothing was done for them; &quot;wsctl jobs show %1&quot; names the input to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>refused — nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused — nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the service (nothing was done; fix the input and run again, retry-failed does not send these):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the service refused %n desktop(s) of batch %1, so nothing was done for them and there is nothing to retry: fix the input that &quot;wsctl jobs show %1&quot; names and run the command again.</source>
        <translation>
            <numerusform>the service refused %n desktop of batch %1, so nothing was done for it and there is nothing to retry: fix the input that &quot;wsctl jobs show %1&quot; names and run the command again.</numerusform>
            <numerusform>the service refused %n desktops of batch %1, so nothing was done for them and there is nothing to retry: fix the input that &quot;wsctl jobs show %1&quot; names and run the command again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing is sent. %n user(s), POST %1:</source>
        <translation>
            <numerusform>Dry run: nothing is sent. %n user, POST %1:</numerusform>
            <numerusform>Dry run: nothing is sent. %n users, POST %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wsctl: the service answers again (it could not be reached for %n second(s)).</source>
        <translation>
            <numerusform>wsctl: the service answers again (it could not be reached for %n second).</numerusform>
            <numerusform>wsctl: the service answers again (it could not be reached for %n seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>service unreachable since %1</source>
        <extracomment>on the progress line while no request is answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wsctl: the service cannot be reached since %1 (%n second(s)): %2</source>
        <translation>
            <numerusform>wsctl: the service cannot be reached since %1 (%n second): %2</numerusform>
            <numerusform>wsctl: the service cannot be reached since %1 (%n seconds): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to %1 s in all (--unreachable-timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting without a limit (--unreachable-timeout 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wsctl: gave up waiting: the service could not be reached for %n second(s), since %1 (--unreachable-timeout %2). Last error: %3</source>
        <translation>
            <numerusform>wsctl: gave up waiting: the service could not be reached for %n second, since %1 (--unreachable-timeout %2). Last error: %3</numerusform>
            <numerusform>wsctl: gave up waiting: the service could not be reached for %n seconds, since %1 (--unreachable-timeout %2). Last error: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is consistent and the jobs go on on the service: &quot;%1&quot; resumes and follows the batch once the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Secrets and waits (global options too):
  --sk-stdin            Read the secret key from standard input
  --password-stdin      Read the IAM password from standard input
  --unreachable-timeout SECONDS  Give up a wait (exit 3) after the
                        service was unreachable this long (default
                        600, 0 = never)
The IAM password also comes from WSCTL_IAM_PASSWORD.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets for this run: --sk-stdin or --password-stdin (the first line of standard input), or HUAWEICLOUD_SDK_SK or %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size needs a number of megabytes (0 for no limit; got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unreachable-timeout must be a number of seconds, 0 for no limit (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sk-stdin and --password-stdin cannot be used together: standard input gives one secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>an issue code and how many issues have it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not shown: %1.</source>
        <translation>
            <numerusform>%n more issue not shown: %1.</numerusform>
            <numerusform>%n more issues not shown: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo did not end as expected: not every desktop is ready, or a computer name was used twice (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops attach --assignments FILE.csv [options]

Assigns existing desktops to users (AttachInstances). The CSV has one line per
assignment, with English or Chinese headers:
  desktop_id or computer_name   finds the desktop (桌面ID / 计算机名)
  user_name                     the user, or a group on a SHARED desktop (用户名)
  user_group                    administrators, users, sudo or default (用户组)
  user_email                    optional (邮箱)
  new_computer_name             optional new computer name (新计算机名)
  is_clear_data                 optional: true/false, yes/no, 是/否
Every line is resolved against the tenant&apos;s desktops and checked (a desktop
already assigned, unknown, or named twice is reported on its line) before
anything is sent; then the batch is sent in journaled chunks.

Options:
  --assignments FILE   The assignment CSV (required)
  --encoding E         Read the CSV as E instead of detecting it
  --delimiter D        comma, semicolon or tab instead of detecting it
  --max-size MB        Refuse larger files (default 256; 0: no limit)
  --dry-run            Check and print the chunk plan and the exact request
                       bodies; send nothing (the desktops are still read)
  --wait               Follow the jobs until every assignment ended
  --domain-type LITE_AS|LOCAL_AD  Directory type (default: the service&apos;s)
  --poll-interval S    Longest wait between two job polls (default 10)

Example:
  wsctl desktops list --unassigned --format csv &gt; free.csv
  wsctl desktops attach --assignments assign.csv --wait
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the check was stopped; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops create --spec SPEC.json [--users USERS.csv] [options]

SPEC.json is the body of CreateDesktop (as the API documents it: desktop_type,
product_id, image_type, image_id, root_volume, desktops[] or size, ...).
With --users, the rows of the CSV replace desktops[]: one desktop per row,
read as &quot;wsctl users check&quot; does. Everything is checked before anything is
sent: the spec by JSON path, each CSV cell by line and column, the product
and image against the catalog. A batch larger than the profile&apos;s limit per
request (default 50) is sent in chunks; every chunk is journaled before it is
sent, so no desktop is ever created twice, even after Ctrl-C or a crash.

Options:
  --spec FILE          The CreateDesktop body (required)
  --users FILE         User CSV whose rows replace desktops[]
  --encoding E         Read the CSV as E instead of detecting it
  --delimiter D        comma, semicolon or tab instead of detecting it
  --max-size MB        Refuse larger files (default: 16 for the spec, 256 for the
                       CSV; 0: no limit)
  --dry-run            Check and print the chunk plan and the exact request
                       bodies; send nothing
  --wait               Follow the jobs until every desktop is ready or failed
                       (without it: until every request was accepted)
  --domain-type LITE_AS|LOCAL_AD  Directory type (default: the service&apos;s)
  --os Windows|Linux   OS of the product (default: from the catalog)
  --poll-interval S    Longest wait between two job polls (default 10)

Without --domain-type and --os the workspace and catalog are read first (GET
only, also for --dry-run); with both, --dry-run needs no connection.

Examples:
  wsctl desktops create --spec office.json --users staff.csv --dry-run
  wsctl desktops create --spec office.json --users staff.csv --wait
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a spec may have (--max-size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktops in use could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsctl: warning: no keychain is available (%1), so the secrets were not stored. Give them each time you use this profile: --sk-stdin or HUAWEICLOUD_SDK_SK for the SK, --password-stdin or %2 for the IAM password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile did not pass its checks.</source>
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
  --max-size MB                   Refuse larger files (default 256; 0: no limit)

--format csv lists the problems, one per line (file, line, column, code,
severity, message). Reports show the first 1000 problems by line and count
the others by code. Ctrl-C stops the check (exit 130).
Exit 0 when no row is invalid, 1 when some rows (or the file) have errors,
2 for bad arguments or an unreadable, oversized or special file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid; the report says where and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be created; the output says why for each.</source>
        <translation>
            <numerusform>%n user could not be created; the output says why.</numerusform>
            <numerusform>%n users could not be created; the output says why for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) do not fit in the quota of %1 (%2): quota %3%7, used %4%7, free %5%7, this batch needs %6%7.</source>
        <translation>
            <numerusform>%n desktop does not fit in the quota of %1 (%2): quota %3%7, used %4%7, free %5%7, this batch needs %6%7.</numerusform>
            <numerusform>%n desktops do not fit in the quota of %1 (%2): quota %3%7, used %4%7, free %5%7, this batch needs %6%7.</numerusform>
        </translation>
    </message>
    <message>
        <source>the quotas could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group name has at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the user groups of the Workspace directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a user group or change its description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members of a user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users to a user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove users from a user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl groups list [--name TEXT]

Lists the user groups of the Workspace directory with their type,
number of members and of desktops assigned to them, and their ids (the
id is what a GROUP entry of an assignment names).

Options:
  --name TEXT          Group name contains TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl groups create NAME [--description TEXT] [--type LOCAL|AD] [--dry-run]

Creates a user group and prints its id. A name may contain Chinese
characters, letters, digits, &quot;-&quot; and &quot;_&quot;.

Options:
  --description TEXT   Description
  --type LOCAL|AD      LOCAL (default) or AD (a group of the AD domain)
  --dry-run            Check and print the body; send nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl groups rename GROUP NEW_NAME [--description TEXT]
       wsctl groups rename GROUP --description TEXT

Renames the user group GROUP (a name or an id); its members stay. AD
groups keep their names; their description may change.

Options:
  --description TEXT   New description (&quot;&quot; clears it)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl groups delete GROUP... [--yes]

Deletes the user groups (names or ids). Their users stay in the
directory. A group that desktops are assigned to is refused by the
service. Asks first on a terminal; a script must pass --yes.

Options:
  --yes                Delete without asking
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl groups members GROUP [--name TEXT]

Lists the users in the user group GROUP (a name or an id).

Options:
  --name TEXT          User name contains TEXT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl groups add-members GROUP USER...

Adds directory users (names or ids) to the user group GROUP. Every user
is looked up first; when one is not in the directory nothing is sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl groups remove-members GROUP USER...

Removes users (names or ids) from the user group GROUP; they stay in
the directory. Every user is looked up first; when one is not in the
directory nothing is sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user groups could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user group &quot;%1&quot; (&quot;wsctl groups list&quot; lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user groups could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user group matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>give the name of the new group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be LOCAL or AD (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description has at most 255 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. POST %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the group and its new name (or --description).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the group %1 could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the groups to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user group(s) %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting needs --yes when standard input is not a terminal; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) could not be deleted; the output says why for each.</source>
        <translation>
            <numerusform>%n group could not be deleted; the output says why.</numerusform>
            <numerusform>%n groups could not be deleted; the output says why for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>give one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members of %1 could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 has no member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>give the group and at least one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the directory: %1; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users could not be added to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the users could not be removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl profiles add NAME [options]

Saves a connection profile. Plain settings go to the console&apos;s settings,
secrets to the system keychain. Secrets are read from standard input or from
the environment, never from the command line (other users can read it in ps).
Region, endpoints and project come from the global options --region,
--endpoint, --iam-endpoint and --project-id.

Options:
  --ak AK              Access key (default: HUAWEICLOUD_SDK_AK)
  --sk-stdin           Read the secret key from the first line of standard
                       input (default: HUAWEICLOUD_SDK_SK)
  --auth aksk|iam      Authentication: access keys (default) or IAM password
  --iam-domain NAME    Account name (IAM authentication)
  --iam-user NAME      IAM user name (IAM authentication)
  --password-stdin     Read the IAM password from the first line of standard
                       input
  --create-cap N       Desktops per create request, 1-100 (default 50)
  --attach-cap N       Desktops per assignment request, 1-50 (default 50)
  --rate N             Requests per second to start at, 1-1000 (default 20);
                       the pace then adapts to the tenant&apos;s API limit and
                       the next run starts where the last one settled
  --rate-ceiling N     Never more requests per second than this, 1-1000
                       (default: no ceiling but 1000)
  --timeout SECONDS    Time limit of one request (default 30)
  --proxy none|system|HOST:PORT  Proxy (default: the system&apos;s)
  --ca-file FILE       Extra CA certificates (PEM) to trust
  --insecure           Do not verify TLS certificates (tests only)
  --replace            Replace the profile of that name if it exists
  --use                Make it the default profile

Example:
  echo &quot;$SK&quot; | wsctl profiles add prod --region cn-north-4 \
      --ak AKEXAMPLE --sk-stdin --use
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-ceiling needs a number of requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tenant&apos;s quotas and what is left of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl quotas [--zone CODE] [--site ID]

Shows each quota of the tenant (desktops, GPU desktops, vCPUs, memory,
disks, users...): the limit, what is used (desktops being created count)
and what is left. &quot;wsctl desktops create&quot; refuses a batch that does not
fit before it sends anything.

Options:
  --zone CODE          The quotas of one availability zone (ShowQuotaDetails)
  --site ID            The quotas of one site (ShowQuotaDetails)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports no quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a directory user&apos;s contact, expiry or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock directory users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock directory users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset directory users&apos; passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete directory users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users update USER [options]

Changes the given fields of the directory user USER (a name or an id);
the others stay as they are.

Options:
  --email ADDRESS      E-mail address (&quot;&quot; clears it)
  --phone NUMBER       Mobile phone number (&quot;&quot; clears it)
  --description TEXT   Description
  --expires DATE       Account expiry, yyyy-MM-ddTHH:mm:ssZ, or 0 for never
  --activate user|admin  Who activates the account
  --disabled yes|no    Disable or enable the account
  --password-never-expires yes|no
  --allow-password-change yes|no
  --change-password-at-login yes|no
  --dry-run            Print the body; send nothing
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users lock USER...

Locks the directory users (names or ids): they cannot log in until
unlocked.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users unlock USER...

Unlocks the directory users (names or ids).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users reset-password USER... [options]

Resets the passwords of the directory users (names or ids). By default
the service sends each user a new password by e-mail or SMS and wsctl
prints none. With --random the service makes a random password and
answers it; wsctl prints it only with --show-password (on standard
output, nowhere else).

Options:
  --random             Make a random password (ResetRandomPassword)
  --notify email,phone How the user is told the random password
                       (required for self-activated users)
  --show-password      Print the random password
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl users delete USER... [--yes]

Deletes directory users (names or ids), all in one request: when the
service refuses one (a user with desktops), none is deleted. Asks first
on a terminal; a script must pass --yes.

Options:
  --yes                Delete without asking
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires must be 0 or yyyy-MM-ddTHH:mm:ssZ (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be yes or no (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one field to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. PUT %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user %1 could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user %1 was changed but could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be changed; the output says why for each.</source>
        <translation>
            <numerusform>%n user could not be changed; the output says why.</numerusform>
            <numerusform>%n users could not be changed; the output says why for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>--notify and --show-password go with --random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify takes email and/or phone (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passwords are not shown; --show-password prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be reset; the output says why for each.</source>
        <translation>
            <numerusform>%n password could not be reset; the output says why.</numerusform>
            <numerusform>%n passwords could not be reset; the output says why for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>give the users to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the directory: %1; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) from the directory: %1?</source>
        <translation>
            <numerusform>Delete %n user from the directory: %1?</numerusform>
            <numerusform>Delete %n users from the directory: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>the users were not deleted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 (the number of desktops) to go on, anything else to stop: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter &quot;%1&quot; is not a filter of &quot;desktops list&quot;: use KEY=VALUE with status, user, computer-name, zone, type, image, subnet, ip or tag, or unassigned or assigned alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops: ids or computer names as arguments, or
  --from-csv FILE      A CSV with a desktop_id or computer_name column
                       (桌面ID / 计算机名)
  --filter KEY=VALUE   The filters of &quot;desktops list&quot; (repeatable):
                       status, user, computer-name, zone, type, image,
                       subnet, ip, tag; unassigned or assigned alone
  --encoding E         Read --from-csv as E instead of detecting it
  --delimiter D        comma, semicolon or tab instead of detecting it
  --max-size MB        Refuse larger files (default 256; 0: no limit)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the desktops: ids or computer names, --from-csv FILE or --filter KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the desktops one way only: as arguments, with --from-csv or with --filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a desktop_id nor a computer_name column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line names no desktop (desktop_id or computer_name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop is named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 desktops are named %2: give their ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop %1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop desktops (--force: forced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart desktops (--force: forced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernate desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the users of desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild desktops&apos; system disks with another image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change desktops&apos; product (stopped first when running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --force              Forced (HARD): the users&apos; unsaved work is lost
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each desktop loses all its users (BatchDetachInstances); its data stays.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --delete-users       Also delete users left without any desktop
  --no-email           Do not mail the users that their desktop is deleted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --image-id ID        The new image (required): same system and
                       architecture as each desktop&apos;s product
  --image-type T       gold, private or market (default: the image&apos;s)
  --message TEXT       Shown to the users before the rebuild
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --product-id ID      The new product (required): same system and
                       architecture as each desktop&apos;s product
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl %1 &lt;desktop ids or names...&gt; [options]
       wsctl %1 --from-csv FILE | --filter KEY=VALUE... [options]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --dry-run            Check and print the exact request bodies; send nothing
  --wait               Follow the jobs until every desktop ended
  --yes                Do not ask for confirmation (needed in scripts
                       for destructive actions)
  --poll-interval S    Longest wait between two job polls (default 10)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is destructive: at a terminal it asks you to type the number of
desktops; a script must pass --yes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:
  wsctl %1 WKS-FIN-001 WKS-FIN-002 --dry-run
  wsctl %1 --filter status=ACTIVE --filter tag=dept=finance --yes --wait
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image-id ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--product-id ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image-type must be gold, private or market (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the products could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the images could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image has the id %1 (see &quot;wsctl catalog images&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the id %1 (see &quot;wsctl catalog products&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no user to detach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is connected now; the session ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Force %1 on %n desktop(s): their users lose unsaved work.</source>
        <translation>
            <numerusform>Force %1 on %n desktop: its user loses unsaved work.</numerusform>
            <numerusform>Force %1 on %n desktops: their users lose unsaved work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detach every user from %n desktop(s).</source>
        <translation>
            <numerusform>Detach every user from %n desktop.</numerusform>
            <numerusform>Detach every user from %n desktops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s) and everything on them.</source>
        <translation>
            <numerusform>Delete %n desktop and everything on it.</numerusform>
            <numerusform>Delete %n desktops and everything on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild the system disk of %n desktop(s) with %1: what is on it is lost.</source>
        <translation>
            <numerusform>Rebuild the system disk of %n desktop with %1: what is on it is lost.</numerusform>
            <numerusform>Rebuild the system disk of %n desktops with %1: what is on it is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n desktop(s) to product %1; running ones are stopped first.</source>
        <translation>
            <numerusform>Change %n desktop to product %1; if it runs, it is stopped first.</numerusform>
            <numerusform>Change %n desktops to product %1; running ones are stopped first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Standard input is not a terminal, so nobody can confirm: pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add data disks to a desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a desktop&apos;s disk larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove data disks from a desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a desktop&apos;s disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks add DESKTOP --size GB [options]

Adds data disks (10 to 32760 GB, in steps of 10; at most 10 per desktop).

Options:
  --size GB            The size of each new disk (required)
  --type T             SAS, SSD, GPSSD or GPSSD2 (default SAS)
  --count N            How many disks (default 1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks expand DESKTOP --volume-id ID --size GB [options]

Makes a disk larger; a disk never shrinks. &quot;wsctl desktops disks list DESKTOP&quot;
shows the disks&apos; ids and sizes.

Options:
  --volume-id ID       The disk (required)
  --size GB            Its new size, more than today (required)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks list DESKTOP

Lists the desktop&apos;s system disk and data disks: id, type, size, device.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks remove DESKTOP --volume-id ID... [options]

Removes data disks and everything on them (never the system disk).

Options:
  --volume-id ID       A data disk (required, repeatable)
  --yes                Do not ask for confirmation (needed in scripts)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --dry-run            Check and print the exact request; send nothing
  --wait               Follow the job until it ends
  --poll-interval S    Longest wait between two job polls (default 10)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job %1 failed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one desktop (its id or computer name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size GB is required (a whole number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be between 1 and 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--volume-id ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand one disk at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 data disks; a desktop has at most 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the system disk of %2: it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no data disk %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n data disk(s) of %1 and everything on them.</source>
        <translation>
            <numerusform>Remove %n data disk of %1 and everything on it.</numerusform>
            <numerusform>Remove %n data disks of %1 and everything on them.</numerusform>
        </translation>
    </message>
    <message>
        <source>the disks could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn maintenance mode on or off (users cannot log in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops maintenance on|off &lt;desktop ids or names...&gt; [options]

In maintenance mode users cannot log in to the desktop, so an administrator can
work on it; &quot;off&quot; lets them in again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --dry-run            Print the exact requests; send nothing

Example:
  wsctl desktops maintenance on --filter tag=dept=finance
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say on or off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a desktop a new computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops rename DESKTOP NEW_NAME [options]

Gives the desktop (its id or computer name) a new computer name: 1 to 15
letters, digits or &apos;-&apos;, not used by another desktop.

Options:
  --dry-run            Check and print the exact request; send nothing

Example:
  wsctl desktops rename WKS-FIN-001 FIN-ZHANGWEI
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the desktop and its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop %1 is already named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag desktops (a key&apos;s value is replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags from desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the tag keys and values in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl desktops tags list

Lists every tag key used on the project&apos;s desktops with its values.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wsctl %1 &lt;desktop ids or names...&gt; --tag KEY[=VALUE]... [options]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key has 1 to 128 characters, a value at most 43: letters, digits, spaces
and _ . : + - @, not starting or ending with a space; keys do not start
with _sys_.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --tag KEY[=VALUE]    A tag (repeatable); remove needs only the key
  --dry-run            Check and print the exact requests; send nothing

Example:
  wsctl desktops tags add WKS-FIN-001 --tag dept=finance --tag floor=3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop has a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag KEY[=VALUE] is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message>
        <source>S&amp;tart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hibernate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance Mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Data Disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand Data Disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Data Disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild &amp;System Disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernate Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Data Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Data Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Data Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild System Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start %n Desktop(s)</source>
        <translation>
            <numerusform>Start %n Desktop</numerusform>
            <numerusform>Start %n Desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Desktop(s)</source>
        <translation>
            <numerusform>Stop %n Desktop</numerusform>
            <numerusform>Stop %n Desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n Desktop(s)</source>
        <translation>
            <numerusform>Reboot %n Desktop</numerusform>
            <numerusform>Reboot %n Desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hibernate %n Desktop(s)</source>
        <translation>
            <numerusform>Hibernate %n Desktop</numerusform>
            <numerusform>Hibernate %n Desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detach %n Desktop(s)</source>
        <translation>
            <numerusform>Detach %n Desktop</numerusform>
            <numerusform>Detach %n Desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Desktop(s)</source>
        <translation>
            <numerusform>Apply to %n Desktop</numerusform>
            <numerusform>Apply to %n Desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n Desktop(s)</source>
        <translation>
            <numerusform>Change %n Desktop</numerusform>
            <numerusform>Change %n Desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild %n Desktop(s)</source>
        <translation>
            <numerusform>Rebuild %n Desktop</numerusform>
            <numerusform>Rebuild %n Desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Desktop(s)</source>
        <translation>
            <numerusform>Delete %n Desktop</numerusform>
            <numerusform>Delete %n Desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n selected desktop(s) skipped (%2: %3)</source>
        <translation>
            <numerusform>%1 — %n selected desktop skipped (%2: %3)</numerusform>
            <numerusform>%1 — %n selected desktops skipped (%2: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <source>Discard unsent input?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window and discard what was entered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing of it has been sent to the service; it cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating: scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating: preparing disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating: preparing the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating: starting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting: requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting: started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force restarting: requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force restarting: started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding: preparing disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding: starting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing size: preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing size: migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing size: migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing size: finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing size: reverting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassignment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued for assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment failed, can be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassignment failed, can be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready, no one signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared (multi-user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High I/O (SAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ultra-high I/O (SSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General purpose SSD (GPSSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General purpose SSD V2 (GPSSD2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic BGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static BGP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard users (Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators (Linux sudo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard users (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace directory (no AD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows AD domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user activates the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator sets the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly/monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning up resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources cleaned up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean-up failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
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
        <source>IOPS must be between %1 and %2 (it is %3).</source>
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
        <source>EIP type must be 5_bgp or 5_sbgp (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP billing mode must be TRAFFIC or BANDWIDTH (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP bandwidth must be between %1 and %2 Mbit/s (it is %3).</source>
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
        <source>User name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name may contain only letters, digits, “-” and “_” (found “%1”).</source>
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
        <source>Computer name “%1” is also used on %2; computer names must be unique (upper and lower case count as the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User “%1” is also on %2: this user will get several desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be USER or GROUP (用户 or 用户组), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no; write true/false, yes/no, 1/0 or 是/否.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 names no known column. The first line must be a header, e.g. desktop_id,user_name,user_group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is neither a desktop_id nor a computer_name column (also accepted: 桌面ID, 计算机名); each line must name its desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user_name column (also accepted: username, user, 用户名, 用户); each desktop needs a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New computer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3: a value probably contains an unquoted delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 names no desktop: give its desktop ID or computer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no desktop with ID “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop “%1” is named “%2”, not “%3”; the desktop ID is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no desktop named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) are named “%1”; give the desktop ID instead.</source>
        <translation>
            <numerusform>%n desktop is named “%1”; give the desktop ID instead.</numerusform>
            <numerusform>%n desktops are named “%1”; give the desktop ID instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop “%1” already has a user (%2); detach it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop “%1” is busy (%2); the service refuses it until the task ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop “%1” is already given to a user on line %2; only a shared (multi-user) desktop takes several users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop “%1” is not a shared desktop; only shared desktops can be given to a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 gives this desktop the new name “%2”; one desktop has one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 says otherwise for this desktop; clear data is one choice per desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of a shared desktop get no email from the assignment; this address is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name “%1” is also given on line %2 (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name “%1” is already used by another desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(per user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS: %1, type: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matters when the desktop goes back to the same user it was detached from: checked (the default) wipes that user&apos;s data, unchecked keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shared (multi-user) desktop takes several users and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name “%1” is also given to desktop %2 of this list (names are compared without regard to case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory yet; create the user before assigning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice (also entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed (in directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV line %1 (in directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the Workspace directory. Create the user before assigning, or the service may refuse the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From CSV line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is no longer sold. Choose another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is sold out. Choose another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is sold out in this availability zone. Choose another product or zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image “%1” is a %2 image; the product runs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image “%1” is built for %2; the product is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image “%1” needs at least %2 GB of memory; the product has %3 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image “%1” needs a system disk of at least %2 GB (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the EIP to bind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EIP can be bound to one desktop only; this request makes %1 desktops, so the service may refuse it or bind it to one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not offer product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no availability zone %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no subnet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no security group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2
IP: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1 GB of memory; the product has %2 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. system disk (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A security group in the list: &quot;name — description&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the data to a file and read that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a CSV file may have; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB a CSV file may have; split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type “%1” is not one of private, gold or market; the service decides whether it takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPSSD2 disks are documented with %1 to %2 IOPS (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPSSD2 disks are documented with %1 to %2 MiB/s of throughput (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is unusual in a phone number; check “%2” before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number “%1” has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop names may contain only letters, digits, Chinese characters and “-” (found “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop names must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop name prefix must be at most %1 characters, a Chinese character counting as 2 (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name must be at most %1 characters, a Chinese character counting as 2 (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer name “%1” is already used by another desktop in the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing EIP “%1” is bound; the type, billing mode and bandwidth given for a new EIP are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EIP has neither an id nor settings for a new EIP; the service decides what is bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an e-mail address or a phone number: the activation link is sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date cannot be read: write it as 2027-12-31T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account would already have expired: choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop %1 already has product %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is for %2; desktop %3 runs %4. Choose a %4 product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1 is %2; desktop %3 is %4. Choose a %4 product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk has %1 GB; a disk can only grow, so the new size must be more than that (got %2 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disk has at most 32760 GB (got %1 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk sizes go in steps of 10 GB (got %1 GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task is running on it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1”: neither the API reference nor the SDK model defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (MiB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted disk (encrypt_type ENCRYPTED) needs its KMS key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk type must be one of %1 (found “%2”); other types are accepted where the region lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This region does not offer %1 disks; it offers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disks are sold out in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disks are not provisioned by IOPS; the service may ignore the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disks are not provisioned by throughput; the service may ignore the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 desktop addresses are allowed (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy_volume_desktop_id and copy_volume_ids are given together: the disks to copy and the desktop they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 disks can be copied (there are %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop “%1” is in the “%2” state on the service and cannot be assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (line %2 of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more row(s)</source>
        <translation>
            <numerusform>%1 and %n more row</numerusform>
            <numerusform>%1 and %n more rows</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear data only matters when the desktop goes back to the same user it was detached from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” will have %n desktop(s) after this assignment.</source>
        <translation>
            <numerusform>“%1” will have %n desktop after this assignment.</numerusform>
            <numerusform>“%1” will have %n desktops after this assignment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Subnet “%1” (%2) is used by two network interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, line %2 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, added here, not from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the user group: the user&apos;s rights on the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has a list of users and groups, so the service ignores its single user name, ID, e-mail and user group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image “%1” is a %2, but the image type chosen is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create either one desktop per user or a number of desktops without users, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one user, or give the number of desktops to create without users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a %1 the user name must start with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name must be at most %1 characters in a %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernated desktops cannot be detached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already has %1 data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operating system unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more desktops first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected desktops qualifies (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected desktops run different operating systems; select desktops of one OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected desktops have different architectures; select desktops of one architecture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AddDiskInput</name>
    <message>
        <source>Disk &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A new %1 GB data disk (%2) will be added to “%3”, which has %n data disk(s) now.</source>
        <translation>
            <numerusform>A new %1 GB data disk (%2) will be added to “%3”, which has %n data disk now.</numerusform>
            <numerusform>A new %1 GB data disk (%2) will be added to “%3”, which has %n data disks now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::AssignDesktopsWizard</name>
    <message numerus="yes">
        <source>Creating %n user(s)…</source>
        <translation>
            <numerusform>Creating %n user…</numerusform>
            <numerusform>Creating %n users…</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) created in the directory.</source>
        <translation>
            <numerusform>%n user created in the directory.</numerusform>
            <numerusform>%n users created in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n desktop(s) were assigned.</source>
        <translation>
            <numerusform>The desktop was assigned.</numerusform>
            <numerusform>All %n desktops were assigned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned; %n desktop(s) not assigned: their rows say why. Fix them and submit again.</source>
        <translation>
            <numerusform>%1 assigned; %n desktop not assigned: its row says why. Fix it and submit again.</numerusform>
            <numerusform>%1 assigned; %n desktops not assigned: their rows say why. Fix them and submit again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign desktops to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the window; a batch already started goes on in the jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared desktops added to the table are given to the group %1. Groups can only have shared desktops: pair dedicated ones with users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) in the table have not been assigned.</source>
        <translation>
            <numerusform>%n desktop in the table has not been assigned.</numerusform>
            <numerusform>%n desktops in the table have not been assigned.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names typed or imported into the users list have not been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign desktops to the group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AssignPairPage</name>
    <message numerus="yes">
        <source>%n desktop(s) paired.</source>
        <translation>
            <numerusform>%n desktop paired.</numerusform>
            <numerusform>%n desktops paired.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an assignment CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) paired from %1.</source>
        <translation>
            <numerusform>%n desktop paired from %1.</numerusform>
            <numerusform>%n desktops paired from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read from %1 and selected; choose the desktops and press Pair in order.</source>
        <translation>
            <numerusform>%n user read from %1 and selected; choose the desktops and press Pair in order.</numerusform>
            <numerusform>%n users read from %1 and selected; choose the desktops and press Pair in order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair desktops with users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AssignReviewPage</name>
    <message>
        <source>%1 will be assigned in %2 of at most %3 desktops each (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the %n user(s) missing from the directory first</source>
        <translation>
            <numerusform>Create the user missing from the directory first</numerusform>
            <numerusform>Create the %n users missing from the directory first</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no email: the directory needs one to send the activation link; add it on the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %n desktop(s)</source>
        <translation>
            <numerusform>&amp;Assign %n desktop</numerusform>
            <numerusform>&amp;Assign %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create missing users first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AssignmentDelegate</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AssignmentReviewWidget</name>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request %1: %n desktop(s)</source>
        <translation>
            <numerusform>Request %1: %n desktop</numerusform>
            <numerusform>Request %1: %n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;body (POST %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktops and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights on the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops of the selected request and who gets them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AssignmentTablePanel</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paired</source>
        <translation>
            <numerusform>%n paired</numerusform>
            <numerusform>%n paired</numerusform>
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
        <source>%n assigned</source>
        <translation>
            <numerusform>%n assigned</numerusform>
            <numerusform>%n assigned</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair the selected users with desktops in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the selected users, top to bottom, to the selected rows (or to the rows without a user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pairing of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the selected rows, or every row when none is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows from the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and &amp;groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the users and groups of a shared desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set gr&amp;oup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the user group of the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops and their users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear data only matters when a desktop goes back to the same user it was detached from: checked (the service&apos;s default) wipes that user&apos;s data, unchecked keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AttachOptionsPanel</name>
    <message>
        <source>For every desktop of this assignment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk&amp;top name policy ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name policy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy that generates desktop names; a new computer name given on a row wins over it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::AttachSubmission</name>
    <message>
        <source>An assignment is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to send the assignment through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2) has errors; fix it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paired desktop is left to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n desktop(s)…</source>
        <translation>
            <numerusform>Sending %n desktop…</numerusform>
            <numerusform>Sending %n desktops…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; following the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer; checking whether it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent; nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not assign the desktop: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned: the service refused the whole request because of desktop %1 (row %2), so nothing in it was applied. Fix or remove that row and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assigned, %3 failed, %4 in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch ended without news of this desktop; see the jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::CandidateUsersPanel</name>
    <message>
        <source>Reading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every paired user is in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users or pairings from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: desktop_id or computer_name, user_name, user_group, user_email, new_computer_name, is_clear_data (English or Chinese headers). Without a desktop column the users join this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;missing users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the users missing from the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::ColumnMappingWidget</name>
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
    <name>wsc::CreateDesktopWizard</name>
    <message>
        <source>Create desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a request saved as JSON (the spec format wsctl reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the request as JSON, to finish later or to run with wsctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The draft was opened, with %n remark(s) about the file:</source>
        <translation>
            <numerusform>The draft was opened, with %n remark about the file:</numerusform>
            <numerusform>The draft was opened, with %n remarks about the file:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs centre is not available; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) of other requests of the batch were accepted before the refusal: the jobs panel follows them, and they were removed from this form.</source>
        <translation>
            <numerusform>%n desktop of another request of the batch was accepted before the refusal: the jobs panel follows it, and it was removed from this form.</numerusform>
            <numerusform>%n desktops of other requests of the batch were accepted before the refusal: the jobs panel follows them, and they were removed from this form.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch was cancelled before its first request was answered; nothing was created by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The form holds %n desktop(s) not submitted.</source>
        <translation>
            <numerusform>The form holds %n desktop not submitted.</numerusform>
            <numerusform>The form holds %n desktops not submitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices made on this form have not been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. zhangsan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +86-13800000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user activates the account (link by e-mail or SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator sets the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date of the account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::CsvImportDialog</name>
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
    <name>wsc::DataVolumeDelegate</name>
    <message>
        <source>Disk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk size in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk IOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk throughput in MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key ID that encrypts the disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DeleteInput</name>
    <message>
        <source>Also delete &amp;users who have no other desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify the users by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be deleted with their system and data disks. This cannot be undone.</source>
        <translation>
            <numerusform>%n desktop will be deleted with its system and data disks. This cannot be undone.</numerusform>
            <numerusform>%n desktops will be deleted with their system and data disks. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their users are deleted from the directory when they have no other desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DeleteUsersDialog</name>
    <message>
        <source>Delete users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) from the directory? They can no longer sign in, and this cannot be undone.</source>
        <translation>
            <numerusform>Delete %n user from the directory? They can no longer sign in, and this cannot be undone.</numerusform>
            <numerusform>Delete %n users from the directory? They can no longer sign in, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold desktops (%1 in all): the desktops stay, without these users.</source>
        <translation>
            <numerusform>%n of them holds desktops (%1 in all): the desktops stay, without this user.</numerusform>
            <numerusform>%n of them hold desktops (%1 in all): the desktops stay, without these users.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Users to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n User(s)</source>
        <translation>
            <numerusform>&amp;Delete %n User</numerusform>
            <numerusform>&amp;Delete %n Users</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DesktopActionController</name>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions on the selected desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DesktopActionDialog</name>
    <message>
        <source>&amp;Desktops (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops the action applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected desktop(s) skipped: %1</source>
        <translation>
            <numerusform>%n selected desktop skipped: %1</numerusform>
            <numerusform>%n selected desktops skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (as last listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking who is connected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Connected right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as last listed; checking failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is connected to these desktops right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check who is connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of desktops first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the options first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action was not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DesktopActionSet</name>
    <message>
        <source>Data &amp;Disks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DesktopDetailsPanel</name>
    <message>
        <source>Select a desktop to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU / memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: users cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being bound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (internet through %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DesktopPickerPanel</name>
    <message>
        <source>Reading the desktops that have no user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops waiting for a user (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, IP, status, zone or product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops waiting for a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected desktops to the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add all &amp;shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every desktop shown to the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload desktops and users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DesktopTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DesktopsView</name>
    <message>
        <source>Search name, user, IP, ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DetachInput</name>
    <message numerus="yes">
        <source>The users of %n desktop(s) will be detached and can no longer sign in to them. The desktops and their disks stay, ready to be assigned again.</source>
        <translation>
            <numerusform>The user of %n desktop will be detached and can no longer sign in to it. The desktop and its disks stay, ready to be assigned again.</numerusform>
            <numerusform>The users of %n desktops will be detached and can no longer sign in to them. The desktops and their disks stay, ready to be assigned again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::DirectoryEntryModel</name>
    <message>
        <source>Already chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops or members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::DirectoryPickerDialog</name>
    <message>
        <source>Reading the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick users and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::EditUserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account d&amp;isabled (the user cannot sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User may &amp;change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User may change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User must change the password at the &amp;next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password ne&amp;ver expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::ExpandDiskInput</name>
    <message>
        <source>%1 — %2 GB %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has no data disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new size must be larger than today&apos;s %1 GB: disks only grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data disk can have at most %1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk %1 of “%2” grows from %3 GB to %4 GB. The partition is extended inside the desktop afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::GroupDialog</name>
    <message>
        <source>Rename group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::GroupTableModel</name>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UOS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::GroupsView</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign shared desktops to the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the assignment dialog with this group as the entry of the shared desktops you add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Mem&amp;bers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users to the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected members from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) selected</source>
        <translation>
            <numerusform>%n group selected</numerusform>
            <numerusform>%n groups selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 renamed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)?</source>
        <translation>
            <numerusform>Delete %n group?</numerusform>
            <numerusform>Delete %n groups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n member(s) stay in the directory; only the grouping goes.</source>
        <translation>
            <numerusform>Its %n member stays in the directory; only the grouping goes.</numerusform>
            <numerusform>Their %n members stay in the directory; only the grouping goes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) are assigned to these groups: their users lose the access given through the group.</source>
        <translation>
            <numerusform>%n desktop is assigned to these groups: its users lose the access given through the group.</numerusform>
            <numerusform>%n desktops are assigned to these groups: their users lose the access given through the group.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) deleted.</source>
        <translation>
            <numerusform>%n group deleted.</numerusform>
            <numerusform>%n groups deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add users to the group %1. Members already in it are greyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added to %1.</source>
        <translation>
            <numerusform>%n user added to %1.</numerusform>
            <numerusform>%n users added to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the group %1?</source>
        <translation>
            <numerusform>Remove %n user from the group %1?</numerusform>
            <numerusform>Remove %n users from the group %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The users stay in the directory; they lose the desktops given to the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed from %1.</source>
        <translation>
            <numerusform>%n user removed from %1.</numerusform>
            <numerusform>%n users removed from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::JobCenter</name>
    <message>
        <source>The job journal is not open, so the batch was not started: nothing would follow it after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::JobTreeModel</name>
    <message numerus="yes">
        <source>Finished, %n failed</source>
        <translation>
            <numerusform>Finished, %n failed</numerusform>
            <numerusform>Finished, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Batch %2
Source: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch / row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile / user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started / computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused — nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused — nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 failed, %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished, %n refused</source>
        <translation>
            <numerusform>Finished, %n refused</numerusform>
            <numerusform>Finished, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n broken desktop(s) first</source>
        <translation>
            <numerusform>Deleting %n broken desktop first</numerusform>
            <numerusform>Deleting %n broken desktops first</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::JobsPanel</name>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed desktops of this batch again, as a new batch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel unsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the requests of this batch not sent yet; desktops already requested are not affected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the failure, its error code and request id for support (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one line per desktop as a CSV file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished batches from the list and the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rest of this batch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending more requests of this batch; jobs already started go on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 desktops succeeded, %4 failed, %5 in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand the batch to see why each desktop failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all %2 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this batch can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the details of %n failure(s).</source>
        <translation>
            <numerusform>Copied the details of %n failure.</numerusform>
            <numerusform>Copied the details of %n failures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the results to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this request: open it in the create wizard to fix what it names and submit it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the service refused the request, so nothing was done. Expand the batch to see the reason and the row it names; &quot;Open in wizard&quot; leads to the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service refused %n of them; nothing was done for those.</source>
        <translation>
            <numerusform>The service refused %n of them; nothing was done for it.</numerusform>
            <numerusform>The service refused %n of them; nothing was done for those.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n desktop(s) that the failed attempt left in error before sending.</source>
        <translation>
            <numerusform>Deleting %n desktop that the failed attempt left in error before sending.</numerusform>
            <numerusform>Deleting %n desktops that the failed attempt left in error before sending.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused by the service, nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service cannot be reached since %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs go on on the service; the console keeps asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The jobs go on on the service; the console asks again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches and their desktops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::LoadStateWidget</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign Desktops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Workspace Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — a local emulator with demo data. Nothing here touches a real cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Secrets in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running: passwords and secret keys are forgotten when the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create desktops with the wizard (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign desktops to users (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create desktops for the users of a CSV file (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Workspace Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Workspace Console %1&lt;/h3&gt;&lt;p&gt;Provisions Huawei Cloud Workspace desktops and hands them to users.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Service unreachable since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [SANDBOX]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::MaintenanceInput</name>
    <message>
        <source>Turn maintenance mode &amp;on: users cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn maintenance mode o&amp;ff: users can sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) go into maintenance mode: users cannot sign in until it is turned off.</source>
        <translation>
            <numerusform>%n desktop goes into maintenance mode: users cannot sign in until it is turned off.</numerusform>
            <numerusform>%n desktops go into maintenance mode: users cannot sign in until it is turned off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) leave maintenance mode: their users can sign in again.</source>
        <translation>
            <numerusform>%n desktop leaves maintenance mode: its users can sign in again.</numerusform>
            <numerusform>%n desktops leave maintenance mode: their users can sign in again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::PowerInput</name>
    <message>
        <source>&amp;Force: switch off at once, without shutting down the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force: reset at once, without shutting down the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force: hibernate even when the system does not respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be started. Their users can sign in once they run.</source>
        <translation>
            <numerusform>%n desktop will be started. Its users can sign in once it runs.</numerusform>
            <numerusform>%n desktops will be started. Their users can sign in once they run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be shut down. Connected users are signed out and lose unsaved work.</source>
        <translation>
            <numerusform>%n desktop will be shut down. A connected user is signed out and loses unsaved work.</numerusform>
            <numerusform>%n desktops will be shut down. Connected users are signed out and lose unsaved work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be restarted. Connected users are disconnected and lose unsaved work.</source>
        <translation>
            <numerusform>%n desktop will be restarted. A connected user is disconnected and loses unsaved work.</numerusform>
            <numerusform>%n desktops will be restarted. Connected users are disconnected and lose unsaved work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will hibernate: their memory is saved to disk and restored at the next start. Connected users are disconnected.</source>
        <translation>
            <numerusform>%n desktop will hibernate: its memory is saved to disk and restored at the next start. Connected users are disconnected.</numerusform>
            <numerusform>%n desktops will hibernate: their memory is saved to disk and restored at the next start. Connected users are disconnected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forced: like pulling the plug; open files may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::ProfileDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its stored secrets? Desktops and jobs in the cloud are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM (sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: signed in; project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1: reachable; directory %2, status %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not checked, because the project could not be found through IAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::ProfileEditor</name>
    <message>
        <source>CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox runs a local emulator of Workspace on this computer, with demo data and no cloud account. Desktops created here are not real and cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for temporary access keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from &amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads HUAWEICLOUD_SDK_AK, _SK, _PROJECT_ID, _SECURITY_TOKEN and the endpoint variables that Huawei Cloud&apos;s SDKs use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region&apos;s (leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found from the region (leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops per create &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per assignment r&amp;equest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running: secrets are kept in memory and forgotten when the console closes. Enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pace of requests starts. It then adapts to the tenant&apos;s API limit: faster while the service keeps up, slower after an answer of 429 (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests are never sent faster than this, whatever is learned. Give it when other tools share the tenant&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the learned pace: the next session starts at the rate above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::QuotaPanel</name>
    <message>
        <source>%1 GB</source>
        <extracomment>An amount of memory in GB: &quot;512 GB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This batch of %n desktop(s) does not fit in the tenant&apos;s quota:</source>
        <translation>
            <numerusform>This batch of %n desktop does not fit in the tenant&apos;s quota:</numerusform>
            <numerusform>This batch of %n desktops does not fit in the tenant&apos;s quota:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the batch needs %2, %3 of the quota of %4 are left (%5 in use).</source>
        <extracomment>&quot;Desktops: the batch needs 240, 60 of the quota of 100 are left (40 in use).&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent. Make the batch smaller, delete desktops no longer needed, or ask for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the quotas again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the quotas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotas could not be read (%1); the service still checks them when the batch is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service sets no desktop quota for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU desktop quota: %1 of %2 left (%3 in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop quota: %1 of %2 left (%3 in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in use, no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other quotas: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::RebuildInput</name>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time to save work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message to users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. “Your desktop is updated at 18:00.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image has these desktops&apos; operating system and architecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image the system disks are rebuilt from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system disks of %n desktop(s) will be erased and rebuilt from the image you choose. Programs and files on the system disk are lost; data disks stay.</source>
        <translation>
            <numerusform>The system disks of %n desktop will be erased and rebuilt from the image you choose. Programs and files on the system disk are lost; data disks stay.</numerusform>
            <numerusform>The system disks of %n desktops will be erased and rebuilt from the image you choose. Programs and files on the system disk are lost; data disks stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system disks of %n desktop(s) will be erased and rebuilt from %1. Programs and files on the system disk are lost; data disks stay.</source>
        <translation>
            <numerusform>The system disks of %n desktop will be erased and rebuilt from %1. Programs and files on the system disk are lost; data disks stay.</numerusform>
            <numerusform>The system disks of %n desktops will be erased and rebuilt from %1. Programs and files on the system disk are lost; data disks stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users get %n minute(s) to save their work.</source>
        <translation>
            <numerusform>Users get %n minute to save their work.</numerusform>
            <numerusform>Users get %n minutes to save their work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::RemoveDiskInput</name>
    <message>
        <source>Tick the disks to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 GB %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;disks to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data disks of “%1” to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data disk(s) of “%1” will be deleted with everything on them. This cannot be undone.</source>
        <translation>
            <numerusform>%n data disk of “%1” will be deleted with everything on it. This cannot be undone.</numerusform>
            <numerusform>%n data disks of “%1” will be deleted with everything on them. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::RenameInput</name>
    <message>
        <source>New &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 15 letters, digits and “-” (a Chinese character counts as 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already the name of another desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop “%1” will be renamed to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::ResizeInput</name>
    <message>
        <source>New &amp;product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product on sale fits these desktops&apos; operating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the product the desktops get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already this product: %1. Choose another product or select other desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the product you choose. Running desktops are shut down first: connected users are signed out and lose unsaved work.</source>
        <translation>
            <numerusform>%n desktop will get the product you choose. If it runs, it is shut down first: a connected user is signed out and loses unsaved work.</numerusform>
            <numerusform>%n desktops will get the product you choose. Running desktops are shut down first: connected users are signed out and lose unsaved work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the product %1. Running desktops are shut down first: connected users are signed out and lose unsaved work.</source>
        <translation>
            <numerusform>%n desktop will get the product %1. If it runs, it is shut down first: a connected user is signed out and loses unsaved work.</numerusform>
            <numerusform>%n desktops will get the product %1. Running desktops are shut down first: connected users are signed out and lose unsaved work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::SandboxHost</name>
    <message>
        <source>The Sandbox emulator could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::SecretStore</name>
    <message>
        <source>Memory-only storage was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service (GNOME Keyring, KWallet) answers on the D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::SessionView</name>
    <message>
        <source>Opening the profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::SeverityStyleProxy</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::SharedUsersDialog</name>
    <message>
        <source>Users and groups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared desktop can be given to several users and user groups (at most %1). Users must exist in the directory; a group is named by its name and ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and groups of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group name to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ID to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gr&amp;oup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Righ&amp;ts (user group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group of new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrators and sudo give full control of the desktop; users and default are standard rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pick from directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick users and groups from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and groups for %1. Entries the desktop has already are greyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::TagsInput</name>
    <message>
        <source>&amp;Add or change a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a key, e.g. department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these desktops has the tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tag “%1” will be removed from %n desktop(s).</source>
        <translation>
            <numerusform>The tag “%1” will be removed from %n desktop.</numerusform>
            <numerusform>The tag “%1” will be removed from %n desktops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the tag “%1”.</source>
        <translation>
            <numerusform>%n desktop will get the tag “%1”.</numerusform>
            <numerusform>%n desktops will get the tag “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the tag “%1” = “%2”.</source>
        <translation>
            <numerusform>%n desktop will get the tag “%1” = “%2”.</numerusform>
            <numerusform>%n desktops will get the tag “%1” = “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::TypedCountConfirmation</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to enable the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::UserTableModel</name>
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
        <source>Desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::UsersView</name>
    <message>
        <source>Search users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users of the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) locked.</source>
        <translation>
            <numerusform>%n user locked.</numerusform>
            <numerusform>%n users locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) unlocked.</source>
        <translation>
            <numerusform>%n user unlocked.</numerusform>
            <numerusform>%n users unlocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reset the password of %n user(s)?</source>
        <translation>
            <numerusform>Reset the password of %n user?</numerusform>
            <numerusform>Reset the passwords of %n users?</numerusform>
        </translation>
    </message>
    <message>
        <source>“Send reset notice”: the service tells each user how to set a new password. “Generate password” (one user): a random password is made and shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Reset Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password reset for %n user(s): the service notifies them.</source>
        <translation>
            <numerusform>Password reset for %n user: the service notifies them.</numerusform>
            <numerusform>Password reset for %n users: the service notifies them.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new password was made for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>Deleting %n user…</numerusform>
            <numerusform>Deleting %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted.</source>
        <translation>
            <numerusform>%n user deleted.</numerusform>
            <numerusform>%n users deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::WizardDisksPage</name>
    <message>
        <source>Disk %1: %2</source>
        <extracomment>A problem of one data disk: &quot;Disk 2: Data disk size must be ...&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size the system disk and add data disks. Sizes are in GB, in steps of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk size in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 data disks of 10–32760 GB each; double-click a cell to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a data disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected data disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image needs at least %1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IOPS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk IOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hroughput:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk throughput in MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key ID; empty: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMS key ID that encrypts the system disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::WizardEipPage</name>
    <message>
        <source>Public IP (EIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide whether the desktops get their own elastic public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;EIP: the desktops reach the internet through the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind an e&amp;xisting EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind an existing EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID of the EIP to bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2f1b3c4d-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bu&amp;y a new EIP for each desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy a new EIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP line type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band&amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EIP bandwidth in Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::WizardImagePage</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system image installed on every desktop. Only images for the product&apos;s operating system and architecture are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (gold) images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rivate images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketplace images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a product first to see the images that fit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images for %1 on %2 (product %3, %4 GB memory).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::WizardNetworkPage</name>
    <message>
        <source>NIC %1: %2</source>
        <extracomment>A problem of one NIC: &quot;NIC 2: ...&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the subnets of the desktops&apos; network cards and the security groups that filter their traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces (NICs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 NICs, the first one primary. With none, each desktop gets one NIC on the workspace&apos;s default subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a NIC on the chosen subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICs, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the NIC up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the NIC down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick up to %1 groups (space bar on the selected one). The workspace&apos;s desktop group is ticked until you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A subnet in the list: &quot;subnet-office (192.168.0.0/18)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::WizardPage</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::WizardReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what will be created and the exact requests that will be sent. Submit hands them to the jobs panel, which follows them to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the desktops to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON bod&amp;y of the selected request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body of the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the exact JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the body exactly as it will be sent (compact JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: desktops %2–%3</source>
        <extracomment>One request of the batch in the list: &quot;Request 2: desktops 51–100&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (at most %3 per request)</source>
        <extracomment>The chunk plan: &quot;240 desktops → 5 requests (at most 50 desktops per request)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared desktop(s)</source>
        <translation>
            <numerusform>%n shared desktop</numerusform>
            <numerusform>%n shared desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dedicated desktop(s)</source>
        <translation>
            <numerusform>%n dedicated desktop</numerusform>
            <numerusform>%n dedicated desktops</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, one for each user in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; named “%2”, not assigned to anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; named after the prefix “%2”, not assigned to anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the availability zone the service chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &lt;b&gt;%1&lt;/b&gt;: %2, %3 vCPUs, %4 GB memory%5, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, GPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk %1 GB %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no data disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; data disks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One NIC on the workspace&apos;s default subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NICs, in order: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s default security group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public IP of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the existing EIP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user gets an e-mail when the desktop is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail is sent to the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the first request and waiting for the service&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind the existing EIP %1 (an id is bound first; the settings for a new EIP are not used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An EIP with the service&apos;s default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This batch creates %n desktop(s), more than %1 at once.</source>
        <translation>
            <numerusform>This batch creates %n desktop, more than %1 at once.</numerusform>
            <numerusform>This batch creates %n desktops, more than %1 at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n from %1</source>
        <translation>
            <numerusform>%n from %1</numerusform>
            <numerusform>%n from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed or pasted</source>
        <translation>
            <numerusform>%n typed or pasted</numerusform>
            <numerusform>%n typed or pasted</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, one for each user in the table (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new EIP each; line: %1; billing: %2; bandwidth: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::WizardTypePage</name>
    <message>
        <source>Desktop type and product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the desktops are used, where they run and the product (vCPUs, memory, GPU) each of them gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dedicated: one user per desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared: several users sign in to one desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the desktops run. The default lets the service choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the availability zones again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty or 0: the default project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the name, description, CPU or GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;S:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show products for this operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;tecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show products of this architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability zones could not be listed: %1 %2 The default zone can still be used.</source>
        <extracomment>The zones could not be listed: cause, then what to do. The default zone still works.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the availability zones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (the service chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An availability zone in the list: its name and code, e.g. &quot;AZ1 (cn-north-4a)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsc::WizardUsersPage</name>
    <message>
        <source>CSV line %1: %2</source>
        <extracomment>A problem of one user row that came from a CSV file (the row header shows the same line number).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A problem of one user row typed in the table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <extracomment>A problem of one tag: &quot;Tag 2: ...&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one desktop per user (type, paste from a spreadsheet or import a CSV file), or unassigned desktops to hand out later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops for &amp;users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktops for users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassi&amp;gned desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected user rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pastes tab-separated rows (copied from Excel or another spreadsheet) at the selected cell. Ctrl+V on the table does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop name or prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of des&amp;ktops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of desktops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With more than one desktop the name is a prefix (at most 13 characters); the service numbers the desktops. Assign them to users later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each user an &amp;e-mail when the desktop is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet: add rows, paste them or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s), one per row:</source>
        <translation>
            <numerusform>%n desktop, one per row:</numerusform>
            <numerusform>%n desktops, one per row:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <extracomment>&quot;240 desktops, 3 rows with errors:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n desktop</numerusform>
            <numerusform>%n desktops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste. Copy cells from a spreadsheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The table already has %n row(s). Replace them with the imported users, or add the imported users after them?</source>
        <translation>
            <numerusform>The table already has %n row. Replace it with the imported users, or add the imported users after it?</numerusform>
            <numerusform>The table already has %n rows. Replace them with the imported users, or add the imported users after them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd after them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose from Directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose users from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the directory&apos;s users with a search; the users chosen get a row each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user chosen gets a desktop (one row each). Users already in the table are greyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
