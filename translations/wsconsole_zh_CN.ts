<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Api</name>
    <message>
        <source>This request names no desktops, so whether it was carried out cannot be checked automatically.</source>
        <translation>此请求未列出具体桌面，无法自动核实是否已执行。</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核实中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No region is set.</source>
        <translation>未设置区域。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http(s) address.</source>
        <translation>终端节点“%1”不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>The access key (AK) and secret key (SK) are required.</source>
        <translation>必须填写访问密钥（AK）和私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>The account, IAM user name and password are required.</source>
        <translation>必须填写账号名、IAM 用户名和密码。</translation>
    </message>
    <message>
        <source>The manual proxy needs a host and a port.</source>
        <translation>手动代理需要主机和端口。</translation>
    </message>
    <message>
        <source>The request timeout must be at least one second.</source>
        <translation>请求超时时间至少为 1 秒。</translation>
    </message>
    <message>
        <source>Desktops per create request must be between 1 and 100.</source>
        <translation>每个创建请求的桌面数必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>Desktops per assignment request must be between 1 and 50.</source>
        <translation>每个分配请求的桌面数必须在 1 到 50 之间。</translation>
    </message>
    <message>
        <source>The gateway does not know this API: the address or path is wrong, or the service is not offered in this region.</source>
        <translation>网关无法识别此 API：地址或路径有误，或该区域未提供此服务。</translation>
    </message>
    <message>
        <source>Check the region and the Workspace endpoint in the connection profile.</source>
        <translation>请检查连接配置中的区域和云桌面终端节点。</translation>
    </message>
    <message>
        <source>The gateway rejected the request as malformed or too large.</source>
        <translation>网关认为请求格式有误或过大，已拒绝。</translation>
    </message>
    <message>
        <source>Send fewer desktops per request, or report the request id to support.</source>
        <translation>请减少每个请求的桌面数，或将请求 ID 提供给技术支持。</translation>
    </message>
    <message>
        <source>The IAM token has expired.</source>
        <translation>IAM 令牌已过期。</translation>
    </message>
    <message>
        <source>The console renews tokens by itself; if this repeats, check the computer&apos;s clock and sign in again.</source>
        <translation>控制台会自动续期令牌；如果反复出现，请检查本机时钟并重新登录。</translation>
    </message>
    <message>
        <source>The request&apos;s time stamp is more than 15 minutes away from the service&apos;s clock.</source>
        <translation>请求的时间戳与服务端时钟相差超过 15 分钟。</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock right (turn on automatic time synchronisation), then try again.</source>
        <translation>请校准本机时钟（开启自动时间同步）后重试。</translation>
    </message>
    <message>
        <source>The AK/SK signature was rejected: the secret key does not match the access key, or the computer&apos;s clock is more than 15 minutes off.</source>
        <translation>AK/SK 签名被拒绝：SK 与 AK 不匹配，或本机时钟偏差超过 15 分钟。</translation>
    </message>
    <message>
        <source>Check the AK and SK in the profile and synchronise the clock. After more than five failures in a row the key is locked for a while.</source>
        <translation>请检查配置中的 AK 和 SK 并同步时钟。连续失败超过五次后密钥会被锁定一段时间。</translation>
    </message>
    <message>
        <source>The gateway could not authenticate the request.</source>
        <translation>网关无法认证此请求。</translation>
    </message>
    <message>
        <source>Check the credentials of the connection profile.</source>
        <translation>请检查连接配置中的凭据。</translation>
    </message>
    <message>
        <source>Too many requests: the gateway&apos;s rate limit was reached. The request was not carried out.</source>
        <translation>请求过多：已达到网关流控阈值，请求未被执行。</translation>
    </message>
    <message>
        <source>Wait a few seconds; the console slows down and sends it again.</source>
        <translation>请稍候几秒；控制台会降低速度并重新发送。</translation>
    </message>
    <message>
        <source>The service behind the gateway did not answer in time.</source>
        <translation>网关后端服务未及时响应。</translation>
    </message>
    <message>
        <source>Check whether the operation happened before repeating it; try again later.</source>
        <translation>重复操作前请先确认它是否已执行；请稍后重试。</translation>
    </message>
    <message>
        <source>The service found the request empty or a referenced resource missing.</source>
        <translation>服务认为请求为空或引用的资源不存在。</translation>
    </message>
    <message>
        <source>Check the request fields named in the message.</source>
        <translation>请检查消息中指出的请求字段。</translation>
    </message>
    <message>
        <source>Disks are being added to the desktop, so it cannot be changed now.</source>
        <translation>桌面正在添加磁盘，暂时无法修改。</translation>
    </message>
    <message>
        <source>Wait until the disk operation has finished, then try again.</source>
        <translation>请等待磁盘操作完成后重试。</translation>
    </message>
    <message>
        <source>The desktop&apos;s current state does not allow this operation (for example, it is already assigned or busy with another task).</source>
        <translation>桌面当前状态不允许此操作（例如已分配或正在执行其他任务）。</translation>
    </message>
    <message>
        <source>Refresh the desktop list, wait for running tasks to end, and choose desktops that are free.</source>
        <translation>请刷新桌面列表，等待正在执行的任务结束，并选择空闲的桌面。</translation>
    </message>
    <message>
        <source>The Workspace service is not enabled (or is locked) for this project.</source>
        <translation>此项目未开通（或已锁定）云桌面服务。</translation>
    </message>
    <message>
        <source>Enable or unlock Workspace in the Huawei Cloud console for this region.</source>
        <translation>请在华为云控制台为此区域开通或解锁云桌面服务。</translation>
    </message>
    <message>
        <source>The user or tenant no longer exists in the Workspace directory.</source>
        <translation>云桌面用户目录中已不存在该用户或租户。</translation>
    </message>
    <message>
        <source>Refresh the user list; create the user again if needed.</source>
        <translation>请刷新用户列表；如有需要请重新创建用户。</translation>
    </message>
    <message>
        <source>The user group does not exist.</source>
        <translation>用户组不存在。</translation>
    </message>
    <message>
        <source>Choose an existing user group.</source>
        <translation>请选择已有的用户组。</translation>
    </message>
    <message>
        <source>A resource the request refers to (such as an organisational unit) was not found.</source>
        <translation>未找到请求引用的资源（例如组织单元）。</translation>
    </message>
    <message>
        <source>Check the AD settings of the Workspace service.</source>
        <translation>请检查云桌面服务的 AD 设置。</translation>
    </message>
    <message>
        <source>A policy group conflicts with an existing one, exceeds a limit, or does not exist.</source>
        <translation>策略组与已有策略组冲突、超出限制或不存在。</translation>
    </message>
    <message>
        <source>Review the policy groups of the tenant.</source>
        <translation>请检查租户的策略组。</translation>
    </message>
    <message>
        <source>The service rejected the request as invalid.</source>
        <translation>服务认为请求无效，已拒绝。</translation>
    </message>
    <message>
        <source>Correct the field named in the message and send it again.</source>
        <translation>请更正消息中指出的字段后重新发送。</translation>
    </message>
    <message>
        <source>The request was not authenticated.</source>
        <translation>请求未通过认证。</translation>
    </message>
    <message>
        <source>Check the credentials and the computer&apos;s clock.</source>
        <translation>请检查凭据和本机时钟。</translation>
    </message>
    <message>
        <source>The account is not allowed to do this.</source>
        <translation>该账号无权执行此操作。</translation>
    </message>
    <message>
        <source>Ask an administrator for the Workspace permissions of this project.</source>
        <translation>请向管理员申请此项目的云桌面权限。</translation>
    </message>
    <message>
        <source>The resource or API was not found.</source>
        <translation>未找到资源或 API。</translation>
    </message>
    <message>
        <source>Refresh the view; check the region, endpoint and project id.</source>
        <translation>请刷新视图；检查区域、终端节点和项目 ID。</translation>
    </message>
    <message>
        <source>The operation conflicts with the resource&apos;s current state.</source>
        <translation>操作与资源当前状态冲突。</translation>
    </message>
    <message>
        <source>Refresh, wait for running tasks to finish, then try again.</source>
        <translation>请刷新并等待正在执行的任务结束后重试。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求过大。</translation>
    </message>
    <message>
        <source>Send fewer desktops per request.</source>
        <translation>请减少每个请求的桌面数。</translation>
    </message>
    <message>
        <source>Too many requests; the service is throttling this account.</source>
        <translation>请求过多；服务正在对该账号限流。</translation>
    </message>
    <message>
        <source>Wait a few seconds; the console slows down and retries.</source>
        <translation>请稍候几秒；控制台会降低速度并重试。</translation>
    </message>
    <message>
        <source>The service had an internal error; the operation may or may not have been carried out.</source>
        <translation>服务内部错误；操作可能已执行，也可能未执行。</translation>
    </message>
    <message>
        <source>The console checks what happened before sending again; if it persists, report the request id.</source>
        <translation>控制台会先核实执行情况再重新发送；如果持续出现，请提供请求 ID。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>服务暂时不可用。</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>请几分钟后重试。</translation>
    </message>
    <message>
        <source>The service failed (HTTP %1).</source>
        <translation>服务出错（HTTP %1）。</translation>
    </message>
    <message>
        <source>Try again later; report the request id if it persists.</source>
        <translation>请稍后重试；如果持续出现，请提供请求 ID。</translation>
    </message>
    <message>
        <source>The service refused the request (HTTP %1).</source>
        <translation>服务拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>Read the message from the service for details.</source>
        <translation>详情请查看服务返回的消息。</translation>
    </message>
    <message>
        <source>The service did not answer within the time limit.</source>
        <translation>服务未在时限内响应。</translation>
    </message>
    <message>
        <source>Check the network; raise the request timeout in the profile if the connection is slow.</source>
        <translation>请检查网络；如果连接较慢，请在配置中调大请求超时时间。</translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation>响应尚未完整，连接就已关闭。</translation>
    </message>
    <message>
        <source>Check the network and proxy; the console checks what happened before sending again.</source>
        <translation>请检查网络和代理；控制台会先核实执行情况再重新发送。</translation>
    </message>
    <message>
        <source>Nothing answered at the endpoint&apos;s address.</source>
        <translation>终端节点地址无响应。</translation>
    </message>
    <message>
        <source>Check the endpoint address and port, and that the service is running.</source>
        <translation>请检查终端节点的地址和端口，并确认服务正在运行。</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved.</source>
        <translation>无法解析终端节点的主机名。</translation>
    </message>
    <message>
        <source>Check the region or endpoint spelling and the DNS settings.</source>
        <translation>请检查区域或终端节点的拼写以及 DNS 设置。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not trusted or the TLS handshake failed.</source>
        <translation>安全连接失败：服务器证书不受信任或 TLS 握手失败。</translation>
    </message>
    <message>
        <source>Add your company&apos;s CA certificate in the profile; turn off TLS verification only for a test server.</source>
        <translation>请在配置中添加贵公司的 CA 证书；仅对测试服务器关闭 TLS 校验。</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>代理拒绝了连接或连接失败。</translation>
    </message>
    <message>
        <source>Check the proxy address and its user name and password.</source>
        <translation>请检查代理地址及其用户名和密码。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The answer could not be read: it was cut off, or it was not the service&apos;s JSON (for example a proxy&apos;s web page).</source>
        <translation>无法读取响应：响应被截断，或不是服务返回的 JSON（例如代理的网页）。</translation>
    </message>
    <message>
        <source>Check the endpoint and proxy settings; try again.</source>
        <translation>请检查终端节点和代理设置后重试。</translation>
    </message>
    <message>
        <source>The answer was far larger than expected and was not read.</source>
        <translation>响应远大于预期，未予读取。</translation>
    </message>
    <message>
        <source>Check the endpoint: it may not be the Workspace service.</source>
        <translation>请检查终端节点：它可能不是云桌面服务。</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>发生网络错误。</translation>
    </message>
    <message>
        <source>Check the network connection.</source>
        <translation>请检查网络连接。</translation>
    </message>
    <message>
        <source>The connection profile is incomplete.</source>
        <translation>连接配置不完整。</translation>
    </message>
    <message>
        <source>Open the profile and fill in the missing fields.</source>
        <translation>请打开配置并填写缺少的字段。</translation>
    </message>
    <message>
        <source>Service message: %1</source>
        <translation>服务消息：%1</translation>
    </message>
    <message>
        <source>Error code: %1, request id: %2</source>
        <translation>错误码：%1，请求 ID：%2</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>华东-青岛</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>CN North-Ulanqab2</source>
        <translation>华北-乌兰察布二</translation>
    </message>
    <message>
        <source>AF-Cairo</source>
        <translation>非洲-开罗</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>欧洲-都柏林</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;wsctl %1 --help&quot; for the options.</source>
        <translation>运行 “wsctl %1 --help” 查看选项。</translation>
    </message>
    <message>
        <source>wsctl: the command-line companion of Workspace Console.</source>
        <translation>wsctl：Workspace Console 的命令行工具。</translation>
    </message>
    <message>
        <source>Usage: wsctl [--lang en|zh_CN] &lt;command&gt; [options]</source>
        <translation>用法：wsctl [--lang en|zh_CN] &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>消息语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help</source>
        <translation>显示本帮助，或某个命令的帮助</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the input has errors or the operation failed, 2 bad arguments or an unreadable file.</source>
        <translation>退出码：0 成功；1 输入有错误或操作失败；2 参数错误或文件无法读取。</translation>
    </message>
    <message>
        <source>Run &quot;wsctl &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>运行 “wsctl &lt;命令&gt; --help” 查看某个命令的选项。</translation>
    </message>
    <message>
        <source>Usage: wsctl %1 &lt;command&gt; [options]</source>
        <translation>用法：wsctl %1 &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>wsctl: --lang needs a value: en or zh_CN.</source>
        <translation>wsctl：--lang 需要一个值：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>wsctl: unknown command &quot;%1&quot;.</source>
        <translation>wsctl：未知命令 “%1”。</translation>
    </message>
    <message>
        <source>Run &quot;wsctl --help&quot; for the list of commands.</source>
        <translation>运行 “wsctl --help” 查看命令列表。</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Check a user CSV file against the CreateDesktop rules</source>
        <translation>按 CreateDesktop 规则检查用户 CSV 文件</translation>
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
        <translation>用法：wsctl users check 文件 [选项]

按控制台导入的方式读取用户 CSV 文件（UTF-8 带或不带 BOM、带 BOM 的 UTF-16、
GB18030/GBK；逗号、分号或制表符分隔；英文或中文表头），并按行和列报告每个问题。

列：user_name、user_email、user_phone、user_group、computer_name、
desktop_name_prefix（也可写作：username、email、phone、group、computer、prefix、
用户名、邮箱、手机号码、用户组、计算机名、桌面名前缀等）。

选项：
  --domain-type LITE_AS|LOCAL_AD  Workspace 的目录类型（默认 LITE_AS）
  --os Windows|Linux              镜像的操作系统（默认：只检查两者共同的限制）
  --encoding E                    按编码 E 读取文件（UTF-8、GB18030、UTF-16LE 等），
                                  不自动检测
  --delimiter D                   使用 comma、semicolon 或 tab 作为分隔符，不自动检测
  --format text|json              输出格式（默认 text）
  --lang en|zh_CN                 消息语言

退出码：0 没有无效行；1 有行（或文件本身）存在错误；
2 参数错误或文件无法读取。
</translation>
    </message>
    <message>
        <source>a FILE to check is required.</source>
        <translation>需要指定要检查的文件。</translation>
    </message>
    <message>
        <source>one FILE at a time (got %1).</source>
        <translation>一次只能检查一个文件（收到 %1 个）。</translation>
    </message>
    <message>
        <source>--domain-type must be LITE_AS or LOCAL_AD (got &quot;%1&quot;).</source>
        <translation>--domain-type 必须是 LITE_AS 或 LOCAL_AD（收到 “%1”）。</translation>
    </message>
    <message>
        <source>--os must be Windows or Linux (got &quot;%1&quot;).</source>
        <translation>--os 必须是 Windows 或 Linux（收到 “%1”）。</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (try UTF-8, GB18030, UTF-16LE or UTF-16BE).</source>
        <translation>未知编码 “%1”（可用 UTF-8、GB18030、UTF-16LE 或 UTF-16BE）。</translation>
    </message>
    <message>
        <source>--delimiter must be comma, semicolon or tab (got &quot;%1&quot;).</source>
        <translation>--delimiter 必须是 comma、semicolon 或 tab（收到 “%1”）。</translation>
    </message>
    <message>
        <source>--format must be text or json (got &quot;%1&quot;).</source>
        <translation>--format 必须是 text 或 json（收到 “%1”）。</translation>
    </message>
    <message>
        <source>any OS</source>
        <translation>任意操作系统</translation>
    </message>
    <message>
        <source>%1: %2, %3-separated; checked for %4, %5</source>
        <translation>%1：%2，%3分隔；按 %4、%5 检查</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.</source>
        <extracomment>Summary line: the counts come from the plural messages that follow.</extracomment>
        <translation>%1：%2，%3，%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n 行有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingWidget</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Open a file to see its columns.</source>
        <translation>打开文件后在此查看其列。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无列名）</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>Column %1 of the file: %2</source>
        <translation>文件的第 %1 列：%2</translation>
    </message>
    <message>
        <source>Field for column %1 (%2)</source>
        <translation>第 %1 列（%2）对应的字段</translation>
    </message>
    <message>
        <source>Which field column %1 fills</source>
        <translation>第 %1 列填入哪个字段</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>从 CSV 导入用户</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Choose a .csv file or drop it here</source>
        <translation>选择 .csv 文件，或将文件拖放到此处</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for a CSV file</source>
        <translation>浏览 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>How the file&apos;s bytes are read as text. Excel on Chinese Windows writes GB18030 (GBK).</source>
        <translation>文件字节按哪种编码读成文字。中文 Windows 上的 Excel 保存为 GB18030（GBK）。</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>分隔符</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Rows (double-click or type on a cell to fix it):</source>
        <translation>行(&amp;R)（双击单元格或直接输入即可修改）：</translation>
    </message>
    <message>
        <source>Imported users</source>
        <translation>导入的用户</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Re&amp;move rows</source>
        <translation>删除行(&amp;M)</translation>
    </message>
    <message>
        <source>Remove selected rows</source>
        <translation>删除选中的行</translation>
    </message>
    <message>
        <source>&amp;Problems (select one to go to its cell):</source>
        <translation>问题(&amp;P)（选择一项可跳到对应单元格）：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>停止读取(&amp;T)</translation>
    </message>
    <message>
        <source>Stop reading the file</source>
        <translation>停止读取文件</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>保存模板(&amp;S)…</translation>
    </message>
    <message>
        <source>Save a CSV template</source>
        <translation>保存 CSV 模板</translation>
    </message>
    <message>
        <source>Saves an empty CSV file with the column headers and one example row.</source>
        <translation>保存一个只含列标题和一行示例的 CSV 文件。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Checked for %1, %2</source>
        <translation>按 %1、%2 检查</translation>
    </message>
    <message>
        <source>any OS</source>
        <translation>任意操作系统</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: %1 with BOM</source>
        <translation>自动：%1（带 BOM）</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading stopped; the table shows the previous result.</source>
        <translation>已停止读取；表格显示的是上一次的结果。</translation>
    </message>
    <message>
        <source>&amp;Import valid rows</source>
        <translation>导入有效行(&amp;I)</translation>
    </message>
    <message>
        <source>No file yet. Rows are checked as soon as a file is read.</source>
        <translation>尚未选择文件。读取文件后会立即检查每一行。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The three parts are &quot;98 valid&quot;, &quot;2 with errors&quot;, &quot;3 warnings&quot;.</extracomment>
        <translation>%1，%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n 行有效</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n valid row(s)</source>
        <translation>
            <numerusform>导入 %n 个有效行(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>导入有效的行</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>打开 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save CSV template</source>
        <translation>保存 CSV 模板</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Read the file again?</source>
        <translation>重新读取文件？</translation>
    </message>
    <message>
        <source>Reading the file again discards the changes you made in the table. Continue?</source>
        <translation>重新读取文件会丢弃您在表格中所做的修改。是否继续？</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Computer name may contain only letters, digits, “-” and “_” (found “%1”).</source>
        <translation>计算机名只能包含字母、数字、“-”和“_”（发现“%1”）。</translation>
    </message>
    <message>
        <source>When assigning, the computer name must start with a letter.</source>
        <translation>分配桌面时，计算机名必须以字母开头。</translation>
    </message>
    <message>
        <source>Computer name must not end with “-”.</source>
        <translation>计算机名不能以“-”结尾。</translation>
    </message>
    <message>
        <source>Computer name must be at most %1 characters (it has %2).</source>
        <translation>计算机名最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>User group is required when no attach_user_infos are given.</source>
        <translation>未填写 attach_user_infos 时，用户组为必填项。</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address.</source>
        <translation>“%1”不是有效的邮箱地址。</translation>
    </message>
    <message>
        <source>User name “%1” must differ from the computer name.</source>
        <translation>用户名“%1”不能与计算机名相同。</translation>
    </message>
    <message>
        <source>Add at least one desktop to assign.</source>
        <translation>请至少添加一个要分配的桌面。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n desktop(s) can be assigned in one request (there are %1).</source>
        <translation>
            <numerusform>一次请求最多分配 %n 个桌面（当前 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop “%1” is already in this request as desktop %2.</source>
        <translation>桌面“%1”已作为第 %2 个桌面出现在本次请求中。</translation>
    </message>
    <message>
        <source>Computer name “%1” is already used by desktop %2 (names are compared without regard to case).</source>
        <translation>计算机名“%1”已被第 %2 个桌面使用（比较时不区分大小写）。</translation>
    </message>
    <message>
        <source>An image type is given, so the image id is required too.</source>
        <translation>已填写镜像类型，因此镜像 ID 也为必填项。</translation>
    </message>
    <message>
        <source>An image id is given, so the image type is required too.</source>
        <translation>已填写镜像 ID，因此镜像类型也为必填项。</translation>
    </message>
    <message>
        <source>Image type must be private, gold or market (found “%1”).</source>
        <translation>镜像类型必须是 private、gold 或 market（发现“%1”）。</translation>
    </message>
    <message>
        <source>At most %1 characters are allowed here (it has %2).</source>
        <translation>此处最多允许 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Desktop name policy ID must be at most %1 characters (it has %2).</source>
        <translation>桌面名称策略 ID 最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Group name is required.</source>
        <translation>用户组名称为必填项。</translation>
    </message>
    <message>
        <source>Group name may contain only Chinese characters, letters, digits, “-” and “_” (found “%1”).</source>
        <translation>用户组名称只能包含汉字、字母、数字、“-”和“_”（发现“%1”）。</translation>
    </message>
    <message>
        <source>Type must be USER or GROUP (found “%1”).</source>
        <translation>类型必须是 USER 或 GROUP（发现“%1”）。</translation>
    </message>
    <message>
        <source>A group needs its group id.</source>
        <translation>用户组需要填写用户组 ID。</translation>
    </message>
    <message>
        <source>Desktop ID is required.</source>
        <translation>桌面 ID 为必填项。</translation>
    </message>
    <message>
        <source>attach_user_infos is given, so user_name, user_id, user_email and user_group of this desktop are ignored by the service.</source>
        <translation>已填写 attach_user_infos，服务将忽略此桌面的 user_name、user_id、user_email 和 user_group。</translation>
    </message>
    <message>
        <source>At most %1 users and groups can share one desktop (there are %2).</source>
        <translation>一个桌面最多可由 %1 个用户和用户组共享（当前 %2 个）。</translation>
    </message>
    <message>
        <source>“%1” is listed twice for this desktop.</source>
        <translation>“%1”在此桌面中重复出现。</translation>
    </message>
    <message>
        <source>Disk type is required.</source>
        <translation>磁盘类型为必填项。</translation>
    </message>
    <message>
        <source>Disk type must be one of SAS, SSD, GPSSD, GPSSD2 (found “%1”).</source>
        <translation>磁盘类型必须是 SAS、SSD、GPSSD、GPSSD2 之一（发现“%1”）。</translation>
    </message>
    <message>
        <source>System disk size must be between %1 and %2 GB (it is %3).</source>
        <translation>系统盘大小必须在 %1 到 %2 GB 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Data disk size must be between %1 and %2 GB (it is %3).</source>
        <translation>数据盘大小必须在 %1 到 %2 GB 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Disk size must be a multiple of %1 GB (it is %2).</source>
        <translation>磁盘大小必须是 %1 GB 的整数倍（当前为 %2）。</translation>
    </message>
    <message>
        <source>IOPS can only be set for GPSSD2 disks.</source>
        <translation>只有 GPSSD2 磁盘可以设置 IOPS。</translation>
    </message>
    <message>
        <source>IOPS must be between %1 and %2 (it is %3).</source>
        <translation>IOPS 必须在 %1 到 %2 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Throughput can only be set for GPSSD2 disks.</source>
        <translation>只有 GPSSD2 磁盘可以设置吞吐量。</translation>
    </message>
    <message>
        <source>Throughput must be between %1 and %2 MiB/s (it is %3).</source>
        <translation>吞吐量必须在 %1 到 %2 MiB/s 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Email address must be at most %1 characters (it has %2).</source>
        <translation>邮箱地址最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Phone number may contain only digits, with an optional leading “+” (found “%1”).</source>
        <translation>手机号码只能包含数字，开头可带“+”（发现“%1”）。</translation>
    </message>
    <message>
        <source>Phone number must be at most %1 characters (it has %2).</source>
        <translation>手机号码最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Computer name may contain only letters, digits, Chinese characters and “-” (found “%1”).</source>
        <translation>计算机名只能包含字母、数字、汉字和“-”（发现“%1”）。</translation>
    </message>
    <message>
        <source>Computer name must start with a letter or a digit.</source>
        <translation>计算机名必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>Computer name must be at most %1 characters, a Chinese character counting as 2 (it has %2).</source>
        <translation>计算机名最多 %1 个字符，一个汉字按 2 个计算（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Desktop name prefix must be at most %1 characters (it has %2).</source>
        <translation>桌面名称前缀最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Give either desktops (one per user) or size (desktops without users), not both.</source>
        <translation>请只填写 desktops（每个用户一个桌面）或 size（不分配用户的桌面）其中之一，不能同时填写。</translation>
    </message>
    <message>
        <source>Add at least one desktop, or give size for desktops without users.</source>
        <translation>请至少添加一个桌面，或为不分配用户的桌面填写 size。</translation>
    </message>
    <message>
        <source>Size must be at least 1 (it is %1).</source>
        <translation>size 至少为 1（当前为 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n desktop(s) can be created in one request (size is %1).</source>
        <translation>
            <numerusform>一次请求最多创建 %n 个桌面（size 为 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop name is only used together with size; desktops for users are named by their computer name or name prefix.</source>
        <translation>桌面名称仅与 size 一起使用；分配给用户的桌面按其计算机名或名称前缀命名。</translation>
    </message>
    <message numerus="yes">
        <source>At most %n desktop(s) can be created in one request (there are %1).</source>
        <translation>
            <numerusform>一次请求最多创建 %n 个桌面（当前 %1 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop type is required.</source>
        <translation>桌面类型为必填项。</translation>
    </message>
    <message>
        <source>Desktop type must be DEDICATED or SHARED (found “%1”).</source>
        <translation>桌面类型必须是 DEDICATED 或 SHARED（发现“%1”）。</translation>
    </message>
    <message>
        <source>Product (package) is required.</source>
        <translation>产品（套餐）为必填项。</translation>
    </message>
    <message>
        <source>Image type is required.</source>
        <translation>镜像类型为必填项。</translation>
    </message>
    <message>
        <source>Image is required.</source>
        <translation>镜像为必填项。</translation>
    </message>
    <message>
        <source>System disk is required.</source>
        <translation>系统盘为必填项。</translation>
    </message>
    <message>
        <source>The name prefix is ignored because a computer name is given.</source>
        <translation>已指定计算机名，名称前缀将被忽略。</translation>
    </message>
    <message>
        <source>At most %1 data disks are allowed (there are %2).</source>
        <translation>最多允许 %1 块数据盘（当前 %2 块）。</translation>
    </message>
    <message>
        <source>At most %1 network interfaces are allowed (there are %2).</source>
        <translation>最多允许 %1 个网卡（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Each network interface needs a subnet.</source>
        <translation>每个网卡都需要指定子网。</translation>
    </message>
    <message>
        <source>Subnet “%1” is used by two network interfaces.</source>
        <translation>子网“%1”被两个网卡使用。</translation>
    </message>
    <message>
        <source>At most %1 security groups are allowed (there are %2).</source>
        <translation>最多允许 %1 个安全组（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Each security group needs an id.</source>
        <translation>每个安全组都需要 ID。</translation>
    </message>
    <message>
        <source>Security group “%1” is listed twice.</source>
        <translation>安全组“%1”重复出现。</translation>
    </message>
    <message>
        <source>Tag key is required.</source>
        <translation>标签键为必填项。</translation>
    </message>
    <message>
        <source>Tag key must be at most %1 characters (it has %2).</source>
        <translation>标签键最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Tag key may contain only letters, digits, spaces and _ . : + - @ (found “%1”).</source>
        <translation>标签键只能包含字母、数字、空格和 _ . : + - @（发现“%1”）。</translation>
    </message>
    <message>
        <source>Tag key must not start or end with a space.</source>
        <translation>标签键不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Tag keys starting with “_sys_” are reserved for the system.</source>
        <translation>以“_sys_”开头的标签键为系统保留。</translation>
    </message>
    <message>
        <source>Tag value must be at most %1 characters (it has %2).</source>
        <translation>标签值最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Tag value may contain only letters, digits, spaces and _ . : + - @ (found “%1”).</source>
        <translation>标签值只能包含字母、数字、空格和 _ . : + - @（发现“%1”）。</translation>
    </message>
    <message>
        <source>Tag value must not start or end with a space.</source>
        <translation>标签值不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>At most %1 tags are allowed (there are %2).</source>
        <translation>最多允许 %1 个标签（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Tag key “%1” is used twice.</source>
        <translation>标签键“%1”重复使用。</translation>
    </message>
    <message>
        <source>Give either the id of an existing EIP or the type, billing and bandwidth of a new one, not both.</source>
        <translation>请填写已有 EIP 的 ID，或填写新 EIP 的类型、计费方式和带宽，二者不能同时填写。</translation>
    </message>
    <message>
        <source>A new EIP needs a type (5_bgp or 5_sbgp), or give an existing EIP&apos;s id.</source>
        <translation>新 EIP 需要类型（5_bgp 或 5_sbgp），或填写已有 EIP 的 ID。</translation>
    </message>
    <message>
        <source>EIP type must be 5_bgp or 5_sbgp (found “%1”).</source>
        <translation>EIP 类型必须是 5_bgp 或 5_sbgp（发现“%1”）。</translation>
    </message>
    <message>
        <source>A new EIP needs a billing mode (TRAFFIC or BANDWIDTH).</source>
        <translation>新 EIP 需要计费方式（TRAFFIC 或 BANDWIDTH）。</translation>
    </message>
    <message>
        <source>EIP billing mode must be TRAFFIC or BANDWIDTH (found “%1”).</source>
        <translation>EIP 计费方式必须是 TRAFFIC 或 BANDWIDTH（发现“%1”）。</translation>
    </message>
    <message>
        <source>A new EIP needs a bandwidth (%1–%2 Mbit/s).</source>
        <translation>新 EIP 需要带宽（%1–%2 Mbit/s）。</translation>
    </message>
    <message>
        <source>EIP bandwidth must be between %1 and %2 Mbit/s (it is %3).</source>
        <translation>EIP 带宽必须在 %1 到 %2 Mbit/s 之间（当前为 %3）。</translation>
    </message>
    <message>
        <source>Desktop name must be at most %1 characters (it has %2).</source>
        <translation>桌面名称最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>With several desktops the desktop name is a prefix of at most %1 characters (it has %2).</source>
        <translation>创建多个桌面时，桌面名称是前缀，最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Enterprise project ID must be at most %1 characters (it has %2).</source>
        <translation>企业项目 ID 最多 %1 个字符（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Enterprise project ID may contain only letters, digits, “-” and “_” (found “%1”).</source>
        <translation>企业项目 ID 只能包含字母、数字、“-”和“_”（发现“%1”）。</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is not a known column; it is ignored.</source>
        <translation>第 %1 列（“%2”）不是可识别的列，已忽略。</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is a second %3 column; only the first one is read.</source>
        <translation>第 %1 列（“%2”）是第二个 %3 列，只读取第一个。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Line %1: a quoted field opens here and is never closed; this line and the rest of the file were not read.</source>
        <translation>第 %1 行：此处的引号字段没有结束引号；本行及文件其余部分未被读取。</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote; it was added to the field.</source>
        <translation>第 %1 行：结束引号后还有文字，已并入该字段。</translation>
    </message>
    <message>
        <source>The encoding “%1” is not known.</source>
        <translation>未知的编码 “%1”。</translation>
    </message>
    <message>
        <source>Line %1: some bytes are not valid %2 and were replaced; the file may use another encoding.</source>
        <translation>第 %1 行：部分字节不是有效的 %2，已被替换；文件可能使用了其他编码。</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and at least one row.</source>
        <translation>文件为空：需要一行表头和至少一行数据。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation>文件第 %1 行</translation>
    </message>
    <message>
        <source>Added here, not from the file</source>
        <translation>在此添加，不来自文件</translation>
    </message>
    <message>
        <source>Expected a string, found %1.</source>
        <translation>此处应为字符串，实际为 %1。</translation>
    </message>
    <message>
        <source>Expected an object, found %1.</source>
        <translation>此处应为对象，实际为 %1。</translation>
    </message>
    <message>
        <source>Expected a whole number, found %1.</source>
        <translation>此处应为整数，实际为 %1。</translation>
    </message>
    <message>
        <source>The string %1 was read as the boolean %2; write it without quotes.</source>
        <translation>字符串 %1 已按布尔值 %2 读取；请去掉引号。</translation>
    </message>
    <message>
        <source>Expected true or false, found %1.</source>
        <translation>此处应为 true 或 false，实际为 %1。</translation>
    </message>
    <message>
        <source>Expected a list, found %1.</source>
        <translation>此处应为列表，实际为 %1。</translation>
    </message>
    <message>
        <source>Unknown field “%1”; it is ignored.</source>
        <translation>未知字段“%1”，已忽略。</translation>
    </message>
    <message>
        <source>User name is required.</source>
        <translation>用户名为必填项。</translation>
    </message>
    <message>
        <source>User name may contain only letters, digits, “-” and “_” (found “%1”).</source>
        <translation>用户名只能包含字母、数字、“-”和“_”（发现“%1”）。</translation>
    </message>
    <message>
        <source>In a LITE_AS directory the user name must start with a letter.</source>
        <translation>在 LITE_AS 目录中，用户名必须以字母开头。</translation>
    </message>
    <message>
        <source>User name must start with a letter or a digit.</source>
        <translation>用户名必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>User name must be at most %1 characters for %2 desktops (it has %3).</source>
        <translation>%2 桌面的用户名最多 %1 个字符（当前 %3 个）。</translation>
    </message>
    <message>
        <source>User name must be at most %1 characters in a %2 directory (it has %3).</source>
        <translation>在 %2 目录中，用户名最多 %1 个字符（当前 %3 个）。</translation>
    </message>
    <message>
        <source>User group must be “administrators” or “users” for Windows desktops (found “%1”).</source>
        <translation>Windows 桌面的用户组必须是“administrators”或“users”（发现“%1”）。</translation>
    </message>
    <message>
        <source>User group must be “sudo” or “default” for Linux desktops (found “%1”).</source>
        <translation>Linux 桌面的用户组必须是“sudo”或“default”（发现“%1”）。</translation>
    </message>
    <message>
        <source>User group must be one of sudo, default (Linux), administrators, users (Windows) (found “%1”).</source>
        <translation>用户组必须是 sudo、default（Linux）、administrators、users（Windows）之一（发现“%1”）。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <source>Desktop name prefix</source>
        <translation>桌面名前缀</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3: a value probably contains an unquoted “%4”. Fix the row here or in the file.</source>
        <translation>第 %1 行有 %2 个字段，但表头只有 %3 个：某个值可能含有未加引号的“%4”。请在此处或在文件中修正该行。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Line %1 names no known column. The first line must be a header, e.g. user_name,user_email,user_group,computer_name.</source>
        <translation>第 %1 行没有可识别的列名。第一行必须是表头，例如 user_name,user_email,user_group,computer_name。</translation>
    </message>
    <message>
        <source>There is no user_name column (also accepted: username, user, 用户名, 用户); every desktop needs a user.</source>
        <translation>缺少 user_name 列（也可写作 username、user、用户名、用户）；每个桌面都需要一个用户。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>an added row</source>
        <translation>新添加的行</translation>
    </message>
    <message numerus="yes">
        <source>lines %1 and %n more</source>
        <translation>
            <numerusform>第 %1 行等（另有 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>lines %1 and %2</source>
        <translation>第 %1 和 %2 行</translation>
    </message>
    <message>
        <source>Computer name “%1” is also used on %2; computer names must be unique (upper and lower case count as the same).</source>
        <translation>计算机名 “%1” 在%2也被使用；计算机名必须唯一（不区分大小写）。</translation>
    </message>
    <message>
        <source>User “%1” is also on %2: this user will get several desktops.</source>
        <translation>用户 “%1” 也出现在%2：该用户将获得多个桌面。</translation>
    </message>
</context>
<context>
    <name>SeverityStyleProxy</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
</TS>
