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
    <message>
        <source>The availability zone has no capacity left for this desktop type.</source>
        <translation>该可用区已没有此类桌面的剩余容量。</translation>
    </message>
    <message>
        <source>Retry the failed desktops later, or in another availability zone or with another product.</source>
        <translation>请稍后重试失败的桌面，或改用其他可用区或其他产品规格。</translation>
    </message>
    <message>
        <source>A quota of the project was exceeded while the desktop was made.</source>
        <translation>创建桌面时超出了项目的配额。</translation>
    </message>
    <message>
        <source>Raise the quota or delete unused desktops, then retry the failed desktops.</source>
        <translation>请提高配额或删除不用的桌面，然后重试失败的桌面。</translation>
    </message>
    <message>
        <source>The service accepted the desktop but could not finish creating it; it is left in an error state.</source>
        <translation>服务已受理该桌面，但未能完成创建；桌面处于错误状态。</translation>
    </message>
    <message>
        <source>Read the service&apos;s reason below. Retry failed deletes the broken desktop first and creates it again with the same name and user.</source>
        <translation>请查看下方服务给出的原因。“重试失败项”会先删除出错的桌面，再以相同的名称和用户重新创建。</translation>
    </message>
    <message>
        <source>The service could not assign the desktop to the user.</source>
        <translation>服务未能将桌面分配给该用户。</translation>
    </message>
    <message>
        <source>Read the service&apos;s reason below; the desktop can be assigned again with Retry failed.</source>
        <translation>请查看下方服务给出的原因；可通过“重试失败项”再次分配该桌面。</translation>
    </message>
    <message>
        <source>The job journal %1 is locked by another program (%2). Close the other console or wsctl that uses it, or wait, then try again.</source>
        <translation>任务日志 %1 被另一个程序锁定（%2）。请关闭正在使用它的另一个控制台或 wsctl，或稍候再试。</translation>
    </message>
    <message>
        <source>The job journal %1 is damaged (%2). Move the file aside and start again: the batches it held are then no longer followed, but their desktops stay on the service.</source>
        <translation>任务日志 %1 已损坏（%2）。请将该文件移走后重新启动：其中的批次将不再被跟踪，但已创建的桌面仍保留在服务上。</translation>
    </message>
    <message>
        <source>The job journal %1 could not be opened: %2</source>
        <translation>无法打开任务日志 %1：%2</translation>
    </message>
    <message>
        <source>The job journal %1 could not be read: %2</source>
        <translation>无法读取任务日志 %1：%2</translation>
    </message>
    <message>
        <source>The job journal %1 could not be written: %2</source>
        <translation>无法写入任务日志 %1：%2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>its folder %1 cannot be created</source>
        <translation>无法创建其所在文件夹 %1</translation>
    </message>
    <message>
        <source>it was written by a newer version of the console (schema %1)</source>
        <translation>它由更新版本的控制台写入（架构版本 %1）</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>它尚未打开</translation>
    </message>
    <message>
        <source>chunk %1 has an unknown state</source>
        <translation>分片 %1 的状态未知</translation>
    </message>
    <message>
        <source>Enter an address such as https://workspace.cn-north-4.myhuaweicloud.com, or leave it empty to use the region&apos;s.</source>
        <translation>请输入类似 https://workspace.cn-north-4.myhuaweicloud.com 的地址，或留空以使用该区域的默认地址。</translation>
    </message>
    <message>
        <source>This address is not encrypted (http): credentials and tokens would travel in clear text.</source>
        <translation>此地址未加密（http）：凭据和令牌将以明文传输。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <source>The name may have at most 64 characters.</source>
        <translation>名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>Choose one of the regions where Workspace is offered.</source>
        <translation>请选择提供 Workspace 服务的区域。</translation>
    </message>
    <message>
        <source>A project id has 32 hexadecimal characters; leave it empty to discover it from the region.</source>
        <translation>项目 ID 由 32 个十六进制字符组成；留空则根据区域自动获取。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥 ID（AK）。</translation>
    </message>
    <message>
        <source>The access key contains spaces; paste it again without them.</source>
        <translation>访问密钥 ID 中包含空格，请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入秘密访问密钥（SK）。</translation>
    </message>
    <message>
        <source>The secret key contains spaces; paste it again without them.</source>
        <translation>秘密访问密钥中包含空格，请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <source>Enter the account (domain) name.</source>
        <translation>请输入账号名（租户名）。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>Enter the IAM user&apos;s password.</source>
        <translation>请输入 IAM 用户的密码。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>请输入代理的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1 to 65535).</source>
        <translation>请输入代理端口（1 到 65535）。</translation>
    </message>
    <message>
        <source>The CA certificate file cannot be read.</source>
        <translation>无法读取 CA 证书文件。</translation>
    </message>
    <message>
        <source>Certificates are not checked: anyone on the network path could read the credentials. Use this only for a test endpoint.</source>
        <translation>不校验证书：网络路径上的任何人都可能读取凭据。仅可用于测试端点。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>不存在配置文件“%1”。</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>已有另一个配置文件名为“%1”。</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>This program has no Sandbox built in.</source>
        <translation>此程序未内置沙盒。</translation>
    </message>
    <message>
        <source>The Sandbox could not be started.</source>
        <translation>无法启动沙盒。</translation>
    </message>
    <message>
        <source>Requests per second must be between 1 and 1000.</source>
        <translation>每秒请求数必须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n failed desktop(s)</source>
        <translation>
            <numerusform>重试 %n 个失败的桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s)</source>
        <translation>
            <numerusform>创建 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n desktop(s)</source>
        <translation>
            <numerusform>分配 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>A user of that name exists already in the Workspace directory.</source>
        <translation>Workspace 用户目录中已有同名用户。</translation>
    </message>
    <message>
        <source>Use the existing user, or choose another name.</source>
        <translation>请使用已有用户，或换一个用户名。</translation>
    </message>
    <message>
        <source>The IAM password of %1 (account %2) is required; it is not stored with the profile&apos;s settings.</source>
        <translation>需要 %1（账号 %2）的 IAM 密码；它不随配置的设置保存。</translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to assign this desktop, so whether it was assigned cannot be read from the job.</source>
        <translation>服务已不再识别负责分配此桌面的任务，因此无法从任务得知其是否已分配。</translation>
    </message>
    <message>
        <source>Check the desktop&apos;s user in the desktops list; Retry failed sends the assignment again.</source>
        <translation>请在桌面列表中核对该桌面的用户；“重试失败项”会再次发送分配请求。</translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to create this desktop, so whether it was created cannot be read from the job; it has no computer name, so it could not be looked up by name.</source>
        <translation>服务已不再识别负责创建此桌面的任务，因此无法从任务得知其是否已创建；该桌面没有计算机名，无法按名称查找。</translation>
    </message>
    <message>
        <source>Look for the user&apos;s desktops in the desktops list before you retry: Retry failed creates one again for the same user.</source>
        <translation>重试前请在桌面列表中查看该用户的桌面：“重试失败项”会为同一用户再创建一个桌面。</translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to create this desktop. The desktops were listed by name: %1 exists, in the ERROR state.</source>
        <translation>服务已不再识别负责创建此桌面的任务。已按名称列出桌面：%1 存在，处于 ERROR 状态。</translation>
    </message>
    <message>
        <source>Retry failed deletes that desktop first, then creates it again with the same name and user.</source>
        <translation>“重试失败项”会先删除该桌面，再以相同的名称和用户重新创建。</translation>
    </message>
    <message>
        <source>The service no longer knows the job that was to create this desktop. The desktops were listed by name when the batch ended: none is named %1, so it was not created.</source>
        <translation>服务已不再识别负责创建此桌面的任务。批次结束时已按名称列出桌面：没有名为 %1 的桌面，因此它未被创建。</translation>
    </message>
    <message>
        <source>Retry failed sends its create again with the same name and user; there is nothing to delete first.</source>
        <translation>“重试失败项”会以相同的名称和用户再次发送创建请求；无需先删除任何内容。</translation>
    </message>
    <message>
        <source>The ceiling of requests per second must be between 1 and 1000, or 0 for none.</source>
        <translation>每秒请求数上限必须在 1 到 1000 之间，或为 0 表示不设上限。</translation>
    </message>
    <message>
        <source>Whether this request was carried out cannot be checked automatically: look at the desktops before you send it again.</source>
        <translation>无法自动确认此请求是否已执行：再次发送之前，请先查看这些桌面。</translation>
    </message>
    <message numerus="yes">
        <source>Start %n desktop(s)</source>
        <translation>
            <numerusform>启动 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n desktop(s)</source>
        <translation>
            <numerusform>关闭 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restart %n desktop(s)</source>
        <translation>
            <numerusform>重启 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hibernate %n desktop(s)</source>
        <translation>
            <numerusform>休眠 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power action on %n desktop(s)</source>
        <translation>
            <numerusform>对 %n 个桌面执行电源操作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)</source>
        <translation>
            <numerusform>删除 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detach the users of %n desktop(s)</source>
        <translation>
            <numerusform>解绑 %n 个桌面的用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild %n desktop(s)</source>
        <translation>
            <numerusform>重建 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the product of %n desktop(s)</source>
        <translation>
            <numerusform>变更 %n 个桌面的规格</numerusform>
        </translation>
    </message>
    <message>
        <source>The service could not carry out the action on this desktop.</source>
        <translation>服务无法对此桌面执行该操作。</translation>
    </message>
    <message>
        <source>Read the service&apos;s reason below; Retry failed sends the action again for the failed desktops.</source>
        <translation>请阅读下方服务给出的原因；“重试失败项”会对失败的桌面再次发送该操作。</translation>
    </message>
    <message>
        <source>The job ended without reporting this desktop.</source>
        <translation>作业已结束，但没有报告此桌面。</translation>
    </message>
    <message>
        <source>The service shows the desktop in the “%1” state.</source>
        <translation>服务显示该桌面处于“%1”状态。</translation>
    </message>
    <message>
        <source>the create wizard</source>
        <translation>“创建桌面”向导</translation>
    </message>
    <message>
        <source>the assignment dialog</source>
        <translation>“分配桌面”向导</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>typed in %1</source>
        <translation>在%1中手动输入</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from %1</source>
        <translation>
            <numerusform>%1 中的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n typed or pasted in %1</source>
        <translation>
            <numerusform>在%1中输入或粘贴的 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The service took the request but started nothing for this desktop: it refused it at once, and the answer saying why was lost.</source>
        <translation>服务已接受该请求，但没有为此桌面启动任何任务：它立即拒绝了此桌面，而说明原因的应答已丢失。</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n desktop(s)</source>
        <translation>
            <numerusform>为 %n 个桌面添加标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tags from %n desktop(s)</source>
        <translation>
            <numerusform>移除 %n 个桌面的标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End maintenance mode of %n desktop(s)</source>
        <translation>
            <numerusform>结束 %n 个桌面的维护模式</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n desktop(s) in maintenance mode</source>
        <translation>
            <numerusform>将 %n 个桌面置于维护模式</numerusform>
        </translation>
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
        <source>Commands:</source>
        <translation>命令：</translation>
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
        <source>Usage: wsctl %1 &lt;command&gt; [options]</source>
        <translation>用法：wsctl %1 &lt;命令&gt; [选项]</translation>
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
    <message>
        <source>Show the tenant&apos;s Workspace: directory type, VPC, subnets</source>
        <translation>显示租户的 Workspace：目录类型、VPC、子网</translation>
    </message>
    <message>
        <source>List the desktop products (CPU, memory, OS, availability)</source>
        <translation>列出云桌面规格（CPU、内存、操作系统、可售状态）</translation>
    </message>
    <message>
        <source>List the desktop images</source>
        <translation>列出云桌面镜像</translation>
    </message>
    <message>
        <source>List the availability zones</source>
        <translation>列出可用区</translation>
    </message>
    <message>
        <source>List the subnets desktops can use</source>
        <translation>列出云桌面可用的子网</translation>
    </message>
    <message>
        <source>List the security groups</source>
        <translation>列出安全组</translation>
    </message>
    <message>
        <source>Usage: wsctl %1 [options]

%2.
</source>
        <translation>用法：wsctl %1 [选项]

%2。
</translation>
    </message>
    <message>
        <source>Options:
  --os Windows|Linux   Only this operating system
</source>
        <translation>选项：
  --os Windows|Linux   只列出该操作系统的
</translation>
    </message>
    <message>
        <source>  --zone AZ            Mark products sold out in this zone
</source>
        <translation>  --zone AZ            标出在该可用区售罄的规格
</translation>
    </message>
    <message>
        <source>Columns (JSON keys and CSV header) are stable English names; use
--format json or csv in scripts. Every page is read.
</source>
        <translation>列名（JSON 键和 CSV 表头）是固定的英文名；脚本中请使用
--format json 或 csv。所有分页都会读取。
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数 “%1”。</translation>
    </message>
    <message>
        <source>the catalog could not be read.</source>
        <translation>无法读取目录信息。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory GB</source>
        <translation>内存 GB</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Min RAM MB</source>
        <translation>最小内存 MB</translation>
    </message>
    <message>
        <source>Min disk GB</source>
        <translation>最小磁盘 GB</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <source>Workspace&apos;s</source>
        <translation>属于 Workspace</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n 个批次</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: no new request is sent; waiting for the requests in flight (Ctrl-C again to leave now). Resume with &quot;wsctl jobs watch&quot;.</source>
        <translation>已中断：不再发送新请求，正在等待已发出的请求返回（再按一次 Ctrl-C 立即退出）。用 “wsctl jobs watch” 继续。</translation>
    </message>
    <message>
        <source>The jobs go on on the service: &quot;wsctl jobs watch %1&quot; follows them.</source>
        <translation>作业在服务端继续运行：“wsctl jobs watch %1” 可跟踪它们。</translation>
    </message>
    <message>
        <source>wsctl: interrupted; the journal is consistent. &quot;wsctl jobs watch&quot; resumes and follows the batch to the end.</source>
        <translation>wsctl：已中断；作业日志保持一致。“wsctl jobs watch” 会继续该批次并跟踪到结束。</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>running in another window</source>
        <translation>正在另一个窗口中运行</translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation>批次 %1：%2</translation>
    </message>
    <message>
        <source>finished at %1 after %2</source>
        <translation>完成于 %1，用时 %2</translation>
    </message>
    <message>
        <source>started at %1, %2</source>
        <translation>开始于 %1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n 个成功</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n 个待发送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The outcome is not known: the request may or may not have been carried out.</source>
        <translation>结果未知：该请求可能已执行，也可能未执行。</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more; &quot;wsctl jobs show %1&quot; lists them all.</source>
        <translation>
            <numerusform>……还有 %n 个；“wsctl jobs show %1” 列出全部。</numerusform>
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
        <translation>全局选项（可放在命令行任意位置）：
  --profile NAME        连接配置文件（默认：当前默认的配置文件）
  --endpoint URL        代替配置文件中的 Workspace 终端节点
  --iam-endpoint URL    代替配置文件中的 IAM 终端节点
  --region NAME         代替配置文件中的区域
  --project-id ID       代替配置文件中的项目（或自动发现的项目）
  --format text|json|csv  输出格式（默认 text）
  --lang en|zh_CN       消息语言（默认取自 LANG）
  --journal PATH        作业日志（默认：与控制台共用的日志）
凭据也可来自环境变量 HUAWEICLOUD_SDK_AK、HUAWEICLOUD_SDK_SK、
HUAWEICLOUD_SDK_SECURITY_TOKEN 和 HUAWEICLOUD_SDK_PROJECT_ID。

退出码：0 完成，1 输入无效（未发送任何内容），2 用法错误或文件无法读取，
3 API 或网络错误，4 作业结束但有失败，130 已中断（作业日志保持一致；
用 “wsctl jobs watch” 继续）。
</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;; &quot;wsctl profiles list&quot; shows them.</source>
        <translation>没有名为 “%1” 的配置文件；“wsctl profiles list” 可列出所有配置文件。</translation>
    </message>
    <message>
        <source>the Sandbox emulator could not start: %1</source>
        <translation>Sandbox 模拟器无法启动：%1</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>密钥环没有响应。</translation>
    </message>
    <message>
        <source>the secrets of profile &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取配置文件 “%1” 的密钥：%2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; cannot be used as it is:</source>
        <translation>配置文件 “%1” 不能直接使用：</translation>
    </message>
    <message>
        <source>Give the missing settings with &quot;wsctl profiles add&quot;, the HUAWEICLOUD_SDK_* variables or the global options.</source>
        <translation>请用 “wsctl profiles add”、HUAWEICLOUD_SDK_* 环境变量或全局选项补全缺少的设置。</translation>
    </message>
    <message>
        <source>Usage: wsctl [global options] &lt;command&gt; [options]</source>
        <translation>用法：wsctl [全局选项] &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation>其他选项：</translation>
    </message>
    <message>
        <source>Run &quot;wsctl &lt;command&gt; --help&quot; for a command&apos;s options; docs/WSCTL.md has examples.</source>
        <translation>运行 “wsctl &lt;命令&gt; --help” 查看命令的选项；docs/WSCTL.md 中有示例。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--format must be text, json or csv (got &quot;%1&quot;).</source>
        <translation>--format 必须是 text、json 或 csv（收到 “%1”）。</translation>
    </message>
    <message>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), %1: nothing was sent.</source>
        <translation>
            <numerusform>%n 个错误，%1：未发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing is sent.</source>
        <translation>试运行：不发送任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) in %1, at most %2 per request: POST %3</source>
        <translation>
            <numerusform>%n 个云桌面，分为 %1，每个请求最多 %2 个：POST %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 of %2: %n desktop(s), rows %3</source>
        <translation>
            <numerusform>第 %1 个请求（共 %2 个）：%n 个云桌面，第 %3 行</numerusform>
        </translation>
    </message>
    <message>
        <source> (CSV lines %1)</source>
        <translation>（CSV 第 %1 行）</translation>
    </message>
    <message>
        <source>, %1 bytes, sha256 %2</source>
        <translation>，%1 字节，sha256 %2</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>Assign existing desktops to users from a CSV</source>
        <translation>按 CSV 把已有的云桌面分配给用户</translation>
    </message>
    <message>
        <source>--assignments FILE is required.</source>
        <translation>必须指定 --assignments FILE。</translation>
    </message>
    <message>
        <source>--dry-run sends nothing, so there is nothing to --wait for.</source>
        <translation>--dry-run 不发送任何内容，因此没有可以 --wait 的作业。</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds (at least 0.05).</source>
        <translation>--poll-interval 需要一个秒数（至少 0.05）。</translation>
    </message>
    <message>
        <source>the workspace could not be read.</source>
        <translation>无法读取 Workspace 信息。</translation>
    </message>
    <message>
        <source>the desktops could not be listed.</source>
        <translation>无法列出云桌面。</translation>
    </message>
    <message>
        <source>The file assigns no desktop.</source>
        <translation>该文件没有分配任何云桌面。</translation>
    </message>
    <message>
        <source>Batch %1: %2 (%3), journaled in %4</source>
        <translation>批次 %1：%2（%3），记入作业日志 %4</translation>
    </message>
    <message>
        <source>The service has no product &quot;%1&quot;: &quot;wsctl catalog products&quot; lists them.</source>
        <translation>服务端没有规格 “%1”：“wsctl catalog products” 可列出所有规格。</translation>
    </message>
    <message>
        <source>The service has no image &quot;%1&quot;: &quot;wsctl catalog images&quot; lists them.</source>
        <translation>服务端没有镜像 “%1”：“wsctl catalog images” 可列出所有镜像。</translation>
    </message>
    <message>
        <source>Create desktops from a spec (and a user CSV), in safe chunks</source>
        <translation>按规范文件（和用户 CSV）分块安全地创建云桌面</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is not valid JSON at line %1, column %2: %3.</source>
        <translation>该文件不是有效的 JSON（第 %1 行第 %2 列）：%3。</translation>
    </message>
    <message>
        <source>The spec must be a JSON object: the CreateDesktop body.</source>
        <translation>规范文件必须是一个 JSON 对象：即 CreateDesktop 的请求体。</translation>
    </message>
    <message>
        <source>--spec FILE is required.</source>
        <translation>必须指定 --spec FILE。</translation>
    </message>
    <message>
        <source>the workspace and catalog could not be read.</source>
        <translation>无法读取 Workspace 信息和目录。</translation>
    </message>
    <message>
        <source>List desktops, filtered (every page)</source>
        <translation>按条件列出云桌面（读取所有分页）</translation>
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
        <translation>用法：wsctl desktops list [筛选条件]

列出租户的云桌面，读取所有分页。筛选条件：
  --status S           ACTIVE、SHUTOFF、ERROR 或 HIBERNATED
  --user NAME          用户名包含 NAME（重复使用表示按确切名称）
  --computer-name N    计算机名包含 N
  --unassigned         只列出未分配用户的云桌面
  --assigned           只列出已分配用户的云桌面
  --zone AZ            可用区
  --type T             DEDICATED、SHARED 或 POOLED
  --image ID           镜像
  --subnet ID          子网
  --ip ADDRESS         云桌面 IP 地址
  --tag KEY=VALUE      标签（多个时写作 KEY=VALUE,KEY2=VALUE2）
  --sort created|computer_name  排序字段（默认 created）
  --desc               降序
  --page-size N        每个请求的云桌面数，1-1000（默认 500）

示例：把未分配的云桌面导出为 CSV，用来编写分配文件：
  wsctl desktops list --unassigned --format csv &gt; free.csv
</translation>
    </message>
    <message>
        <source>--status must be ACTIVE, SHUTOFF, ERROR or HIBERNATED (got &quot;%1&quot;).</source>
        <translation>--status 必须是 ACTIVE、SHUTOFF、ERROR 或 HIBERNATED（收到 “%1”）。</translation>
    </message>
    <message>
        <source>--assigned and --unassigned exclude each other.</source>
        <translation>--assigned 和 --unassigned 不能同时使用。</translation>
    </message>
    <message>
        <source>--sort must be created or computer_name.</source>
        <translation>--sort 必须是 created 或 computer_name。</translation>
    </message>
    <message>
        <source>--page-size must be between 1 and 1000.</source>
        <translation>--page-size 必须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>Desktop id</source>
        <translation>云桌面 ID</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配状态</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>No desktop matches.</source>
        <translation>没有符合条件的云桌面。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个云桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>List the connection profiles (shared with the console)</source>
        <translation>列出连接配置文件（与控制台共用）</translation>
    </message>
    <message>
        <source>Add or replace a connection profile</source>
        <translation>添加或替换连接配置文件</translation>
    </message>
    <message>
        <source>Remove a connection profile and its secrets</source>
        <translation>删除连接配置文件及其密钥</translation>
    </message>
    <message>
        <source>Check that a profile reaches IAM and Workspace</source>
        <translation>检查配置文件能否连通 IAM 和 Workspace</translation>
    </message>
    <message>
        <source>Make a profile the default one</source>
        <translation>把配置文件设为默认</translation>
    </message>
    <message>
        <source>Usage: wsctl profiles list

Lists the connection profiles that the console and wsctl share: name,
id, whether it is the default, region, endpoint, authentication and the
access key, masked. Secrets are never shown.
</source>
        <translation>用法：wsctl profiles list

列出控制台和 wsctl 共用的连接配置文件：名称、ID、是否默认、区域、
终端节点、认证方式和经过掩码处理的访问密钥。从不显示密钥明文。
</translation>
    </message>
    <message>
        <source>Usage: wsctl profiles remove NAME

Removes the profile, its settings and its secrets in the keychain.
The Sandbox profile cannot be removed. Batches it started stay in the
job journal.
</source>
        <translation>用法：wsctl profiles remove NAME

删除该配置文件、其设置以及密钥环中的密钥。
Sandbox 配置文件不能删除。它启动过的批次仍保留在作业日志中。
</translation>
    </message>
    <message>
        <source>Usage: wsctl profiles test [NAME]

Checks the profile (default: --profile, else the default one) with
the environment and the global options applied: first IAM (the
credentials), then Workspace (the tenant&apos;s workspace). Says which step
failed, why and what to do. Exit 0 when both pass, 3 otherwise.
</source>
        <translation>用法：wsctl profiles test [NAME]

在应用环境变量和全局选项之后检查该配置文件（默认：--profile 指定的，
否则为默认配置文件）：先检查 IAM（凭据），再检查 Workspace（租户的
Workspace）。说明哪一步失败、原因及处理办法。两步都通过时退出码为 0，否则为 3。
</translation>
    </message>
    <message>
        <source>Usage: wsctl profiles use NAME

Makes NAME the default profile of wsctl and of the console.
</source>
        <translation>用法：wsctl profiles use NAME

把 NAME 设为 wsctl 和控制台的默认配置文件。
</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Access key</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>(embedded emulator)</source>
        <translation>（内嵌模拟器）</translation>
    </message>
    <message>
        <source>give exactly one profile NAME.</source>
        <translation>请只给出一个配置文件名 NAME。</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists; add --replace to replace it.</source>
        <translation>已有名为 “%1” 的配置文件；加 --replace 可替换它。</translation>
    </message>
    <message>
        <source>the Sandbox profile cannot be replaced.</source>
        <translation>Sandbox 配置文件不能被替换。</translation>
    </message>
    <message>
        <source>--auth must be aksk or iam (got &quot;%1&quot;).</source>
        <translation>--auth 必须是 aksk 或 iam（收到 “%1”）。</translation>
    </message>
    <message>
        <source>--create-cap needs a number.</source>
        <translation>--create-cap 需要一个数字。</translation>
    </message>
    <message>
        <source>--attach-cap needs a number.</source>
        <translation>--attach-cap 需要一个数字。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout 需要一个秒数。</translation>
    </message>
    <message>
        <source>--proxy must be none, system or HOST:PORT.</source>
        <translation>--proxy 必须是 none、system 或 HOST:PORT。</translation>
    </message>
    <message>
        <source>wsctl profiles add: the profile is not saved:</source>
        <translation>wsctl profiles add：配置文件未保存：</translation>
    </message>
    <message>
        <source>the secrets could not be stored: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved (id %2).</source>
        <translation>配置文件 “%1” 已保存（ID %2）。</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;.</source>
        <translation>没有名为 “%1” 的配置文件。</translation>
    </message>
    <message>
        <source>the Sandbox profile cannot be removed.</source>
        <translation>Sandbox 配置文件不能删除。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>配置文件 “%1” 已删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>“%1” 现在是默认配置文件。</translation>
    </message>
    <message>
        <source>give at most one profile NAME.</source>
        <translation>最多只能给出一个配置文件名 NAME。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; at %2</source>
        <translation>配置文件 “%1”，位于 %2</translation>
    </message>
    <message>
        <source>IAM (credentials): %1</source>
        <translation>IAM（凭据）：%1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace：%1</translation>
    </message>
    <message>
        <source>the IAM check failed.</source>
        <translation>IAM 检查失败。</translation>
    </message>
    <message>
        <source>the Workspace check failed.</source>
        <translation>Workspace 检查失败。</translation>
    </message>
    <message>
        <source>Run a self-contained demo on an embedded Sandbox (no account needed)</source>
        <translation>在内嵌的 Sandbox 上运行完整演示（无需云账号）</translation>
    </message>
    <message>
        <source>--time-scale must be a number from 0 to 10.</source>
        <translation>--time-scale 必须是 0 到 10 之间的数字。</translation>
    </message>
    <message>
        <source>the demo data is missing from this build (%1).</source>
        <translation>此版本缺少演示数据（%1）。</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>wsctl demo: the console&apos;s engine on an embedded Sandbox, no cloud account needed.</source>
        <translation>wsctl demo：控制台的引擎运行在内嵌的 Sandbox 上，无需云账号。</translation>
    </message>
    <message>
        <source>Sandbox started at %1 (project %2, state in %3).</source>
        <translation>Sandbox 已启动：%1（项目 %2，状态保存在 %3）。</translation>
    </message>
    <message>
        <source>the Sandbox&apos;s catalog could not be read.</source>
        <translation>无法读取 Sandbox 的目录信息。</translation>
    </message>
    <message>
        <source>the Sandbox&apos;s catalog has no Windows product and image.</source>
        <translation>Sandbox 的目录中没有 Windows 规格和镜像。</translation>
    </message>
    <message>
        <source>Catalog read: %1 products, %2 images, %3 zones; directory %4.</source>
        <translation>已读取目录：%1 个规格，%2 个镜像，%3 个可用区；目录类型 %4。</translation>
    </message>
    <message>
        <source>Chosen: %1 (%2 vCPUs, %3 GB) with image &quot;%4&quot;.</source>
        <translation>选用：%1（%2 个 vCPU，%3 GB），镜像 “%4”。</translation>
    </message>
    <message>
        <source>Read demo-users.csv (%1, headers %2): %3 rows, %4 valid.</source>
        <translation>已读取 demo-users.csv（%1，表头 %2）：%3 行，%4 行有效。</translation>
    </message>
    <message>
        <source>line %1, %2: %3 -&gt; row left out</source>
        <translation>第 %1 行，%2：%3 -&gt; 该行已跳过</translation>
    </message>
    <message>
        <source>the demo request does not pass the rules.</source>
        <translation>演示请求未通过规则检查。</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n desktop(s) in %1 of at most %2 (batch %3):</source>
        <translation>
            <numerusform>正在创建 %n 个云桌面，分为 %1，每个最多 %2 个（批次 %3）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed in %3.</source>
        <translation>%1 个成功，%2 个失败，用时 %3。</translation>
    </message>
    <message>
        <source>the demo assignment could not start.</source>
        <translation>演示分配无法开始。</translation>
    </message>
    <message numerus="yes">
        <source>Assigning %n unassigned desktop(s): %1</source>
        <translation>
            <numerusform>正在分配 %n 个未分配的云桌面：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 assigned, %2 failed in %3.</source>
        <translation>%1 个已分配，%2 个失败，用时 %3。</translation>
    </message>
    <message>
        <source>No unassigned desktop to assign.</source>
        <translation>没有未分配的云桌面可分配。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>CSV 行</translation>
    </message>
    <message>
        <source>Desktops created from the CSV, as the service lists them:</source>
        <translation>由 CSV 创建的云桌面（以服务端列出的为准）：</translation>
    </message>
    <message>
        <source>Service check: %1 of %2 new desktops ACTIVE with their user; %3 desktops in the tenant; computer names used twice: %4.</source>
        <translation>服务端核对：%2 个新云桌面中有 %1 个为 ACTIVE 且已分配给其用户；租户中共 %3 个云桌面；重复使用的计算机名：%4。</translation>
    </message>
    <message>
        <source>Assignments confirmed on the service: %1 of %2.</source>
        <translation>服务端确认的分配：%1/%2。</translation>
    </message>
    <message>
        <source>Journal: %1 batches, every chunk written before it was sent; %2 HTTP requests in all. Done in %3.</source>
        <translation>作业日志：%1 个批次，每个分块都在发送前写入；共 %2 个 HTTP 请求。用时 %3。</translation>
    </message>
    <message>
        <source>Next: &quot;wsctl --help&quot;; on your tenant: wsctl profiles add, then wsctl desktops create --spec SPEC.json --users USERS.csv --dry-run.</source>
        <translation>下一步：“wsctl --help”；在您自己的租户上：先 wsctl profiles add，再 wsctl desktops create --spec SPEC.json --users USERS.csv --dry-run。</translation>
    </message>
    <message>
        <source>List the batches in the job journal (shared with the console)</source>
        <translation>列出作业日志中的批次（与控制台共用）</translation>
    </message>
    <message>
        <source>Show a batch: every desktop, and why the failed ones failed</source>
        <translation>显示一个批次：每个云桌面，以及失败的原因</translation>
    </message>
    <message>
        <source>Resume unfinished batches and follow them to the end</source>
        <translation>继续未完成的批次并跟踪到结束</translation>
    </message>
    <message>
        <source>Start a new batch of just the failed desktops of a batch</source>
        <translation>只用某批次中失败的云桌面新建一个批次</translation>
    </message>
    <message>
        <source>Write a batch&apos;s results as CSV (one line per desktop)</source>
        <translation>把批次结果写成 CSV（每个云桌面一行）</translation>
    </message>
    <message>
        <source>Usage: wsctl jobs list

Lists the batches of the profile in the job journal, oldest first: id,
what it does, its state (running, paused, finished, or running in
another window), and how many desktops succeeded, failed or wait.
</source>
        <translation>用法：wsctl jobs list

列出作业日志中该配置文件的批次，最早的在前：ID、
批次的内容、状态（运行中、已暂停、已完成或正在另一个窗口中运行），
以及成功、失败和等待中的云桌面数。
</translation>
    </message>
    <message>
        <source>Usage: wsctl jobs show ID

Shows one batch (ID or a unique start of it): its counts, every desktop
with its CSV line, desktop id, job and status, and for each failure the
cause, what to do, the service&apos;s message, code and request id.
</source>
        <translation>用法：wsctl jobs show ID

显示一个批次（ID 或其唯一的开头部分）：各项计数，每个云桌面的
CSV 行、云桌面 ID、作业和状态；每个失败项还显示原因、处理办法、
服务端消息、错误码和请求 ID。
</translation>
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
        <translation>用法：wsctl jobs watch [ID] [选项]

从中断处继续该配置文件中没有其他进程在运行的未完成批次（或只继续 ID）：
应答丢失的请求会先在服务端查询，确认后才会重新发送，
因此不会重复创建云桌面。跟踪这些批次以及控制台正在运行的批次，
直到它们结束。

选项：
  --poll-interval S    两次作业轮询之间的最长间隔秒数（默认 10）

退出码：0 全部成功，4 部分云桌面失败，3 有请求被拒绝。
</translation>
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
        <translation>用法：wsctl jobs retry-failed ID [选项]

只用批次 ID 中失败的云桌面新建一个批次，每个云桌面保留原来的设置和
CSV 行。创建失败而处于 ERROR 状态的云桌面会先被删除，以便重新使用其名称。

选项：
  --wait               跟踪新作业直到结束
  --poll-interval S    两次作业轮询之间的最长间隔秒数（默认 10）
</translation>
    </message>
    <message>
        <source>Usage: wsctl jobs export ID --out FILE.csv

Writes one line per desktop of the batch (UTF-8 with BOM, for Excel):
source_row, source_line, user_name, computer_name, desktop_id, job_id,
sub_job_id, status, error_code, message, request_id. The header is
always English. --out - writes to standard output without the BOM.
</source>
        <translation>用法：wsctl jobs export ID --out FILE.csv

为批次中的每个云桌面写一行（带 BOM 的 UTF-8，便于 Excel 打开），列为：
source_row、source_line、user_name、computer_name、desktop_id、job_id、
sub_job_id、status、error_code、message、request_id。表头始终为英文。
--out - 表示写到标准输出（不带 BOM）。
</translation>
    </message>
    <message>
        <source>there is no batch %1 in this profile&apos;s journal; &quot;wsctl jobs list&quot; shows them.</source>
        <translation>该配置文件的作业日志中没有批次 %1；“wsctl jobs list” 可列出所有批次。</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts %n batch ids; give more of it.</source>
        <translation>
            <numerusform>有 %n 个批次 ID 以 %1 开头；请给出更长的 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>give the batch ID (&quot;wsctl jobs list&quot; shows them).</source>
        <translation>请给出批次 ID（“wsctl jobs list” 可列出）。</translation>
    </message>
    <message>
        <source>--out FILE.csv is required.</source>
        <translation>必须指定 --out FILE.csv。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个云桌面写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 is not finished; retry its failed desktops once it is (&quot;wsctl jobs watch %1&quot;).</source>
        <translation>批次 %1 尚未结束；请在它结束后再重试失败的云桌面（“wsctl jobs watch %1”）。</translation>
    </message>
    <message>
        <source>Batch %1 has no failed desktop to retry.</source>
        <translation>批次 %1 没有失败的云桌面需要重试。</translation>
    </message>
    <message>
        <source>Batch %1: %2 (retries %3)</source>
        <translation>批次 %1：%2（重试 %3）</translation>
    </message>
    <message>
        <source>Nothing to watch: every batch of profile &quot;%1&quot; is finished or paused.</source>
        <translation>没有需要跟踪的批次：配置文件 “%1” 的所有批次都已完成或已暂停。</translation>
    </message>
    <message>
        <source>Following batch %1: %2 (%3)</source>
        <translation>正在跟踪批次 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>云桌面</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The journal has no batch of this profile.</source>
        <translation>作业日志中没有该配置文件的批次。</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>List the users of the Workspace directory</source>
        <translation>列出 Workspace 目录中的用户</translation>
    </message>
    <message>
        <source>Create directory users (one, or one per CSV line)</source>
        <translation>创建目录用户（单个，或 CSV 中每行一个）</translation>
    </message>
    <message>
        <source>Usage: wsctl users list [options]

Lists the users of the Workspace directory (not IAM users) with their
contact, activation, number of desktops and state.

Options:
  --name TEXT          User name contains TEXT
  --group NAME         Members of the user group NAME
</source>
        <translation>用法：wsctl users list [选项]

列出 Workspace 目录中的用户（不是 IAM 用户），包括联系方式、激活方式、
云桌面数量和账号状态。

选项：
  --name TEXT          用户名包含 TEXT
  --group NAME         用户组 NAME 的成员
</translation>
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
        <translation>用法：wsctl users create --name NAME [选项]
       wsctl users create --csv USERS.csv [选项]

创建目录用户。由用户激活的账号（默认）会通过邮件或短信收到激活链接，
因此需要邮箱地址或手机号码。发送第一个用户之前会检查所有用户；
已存在的用户会被报告，其余用户照常创建。

选项：
  --name NAME          用户名
  --email ADDRESS      邮箱地址
  --phone NUMBER       手机号码
  --csv FILE           每行一个用户（user_name、user_email、user_phone；
                       表头可用英文或中文，与 “users check” 的读取方式相同）
  --activate user|admin  由谁激活账号（默认 user）
  --password-stdin     从标准输入读取密码（管理员激活时）；
                       绝不从命令行读取
  --expires DATE       账号到期时间，yyyy-MM-ddTHH:mm:ssZ（默认永不过期）
  --description TEXT   描述
  --domain-type LITE_AS|LOCAL_AD  目录类型（默认：取自服务端）
  --dry-run            检查并打印请求体（密码已掩码）；
                       不发送任何内容
</translation>
    </message>
    <message>
        <source>the users could not be listed.</source>
        <translation>无法列出用户。</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活方式</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation>没有符合条件的用户。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --name or --csv.</source>
        <translation>请给出 --name 或 --csv 之一。</translation>
    </message>
    <message>
        <source>--activate must be user or admin.</source>
        <translation>--activate 必须是 user 或 admin。</translation>
    </message>
    <message>
        <source>The user %1 is on an earlier line already.</source>
        <translation>用户 %1 在前面的行中已出现。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) created</source>
        <translation>
            <numerusform>已创建 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wsctl: %n desktop(s) failed; &quot;wsctl jobs show %1&quot; explains each, &quot;wsctl jobs retry-failed %1&quot; retries them.</source>
        <translation>
            <numerusform>wsctl：%n 个云桌面失败；“wsctl jobs show %1” 逐个说明原因，“wsctl jobs retry-failed %1” 重试它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before its end; &quot;wsctl jobs watch&quot; resumes it</source>
        <translation>未运行完即停止；“wsctl jobs watch” 可继续</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>interrupted; &quot;wsctl jobs watch&quot; resumes it</source>
        <translation>已中断；“wsctl jobs watch” 可继续</translation>
    </message>
    <message>
        <source>every request accepted</source>
        <translation>所有请求均已受理</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>separates the parts of a list, e.g. &quot;3 succeeded, 1 failed&quot;</extracomment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s): %1</source>
        <translation>
            <numerusform>%n 个云桌面：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>where a CSV problem is: &quot;&lt;file&gt; line 3&quot; and the column&apos;s name</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2: %3 [%4]</source>
        <extracomment>a problem of the input: where, &quot;error&quot; or &quot;warning&quot;, the message, the stable code</extracomment>
        <translation>%1：%2：%3 [%4]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
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
        <translation>用法：wsctl demo [选项]

无需云账号、无需图形界面，一分钟内展示整个引擎：在 wsctl 内启动
Sandbox 模拟器（状态存放在临时文件夹中，结束时删除），读取自带的用户 CSV
（中文表头，其中一行有误，会被报告并跳过），分批创建云桌面并记入作业日志，
把租户中未分配的云桌面分配给用户，显示每个作业的进度，并在服务端核对结果。
临时文件夹之外的任何内容都不会被改动。

选项：
  --time-scale X       作业速度：1 约为每个云桌面 6 秒（默认 0.4）
</translation>
    </message>
    <message>
        <source>The user %1 exists already in the directory; it was left as it is.</source>
        <translation>用户 %1 已存在于目录中；未做任何改动。</translation>
    </message>
    <message>
        <source>--rate needs a number of requests per second.</source>
        <translation>--rate 需要一个数字（每秒请求数）。</translation>
    </message>
    <message numerus="yes">
        <source>wsctl: the service refused %n desktop(s), so nothing was done for them; &quot;wsctl jobs show %1&quot; names the input to fix.</source>
        <translation>
            <numerusform>wsctl：服务拒绝了 %n 个桌面，未对其执行任何操作；&quot;wsctl jobs show %1&quot; 会指出需要修正的输入。</numerusform>
        </translation>
    </message>
    <message>
        <source>refused — nothing was created</source>
        <translation>已被拒绝 — 未创建任何桌面</translation>
    </message>
    <message>
        <source>refused — nothing was changed</source>
        <translation>已被拒绝 — 未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n 个被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the service (nothing was done; fix the input and run again, retry-failed does not send these):</source>
        <translation>被服务拒绝（未执行任何操作；请修正输入后重新运行，retry-failed 不会重发这些）：</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>the service refused %n desktop(s) of batch %1, so nothing was done for them and there is nothing to retry: fix the input that &quot;wsctl jobs show %1&quot; names and run the command again.</source>
        <translation>
            <numerusform>服务拒绝了批次 %1 中的 %n 个桌面，未对其执行任何操作，因此没有可重试的内容：请修正 &quot;wsctl jobs show %1&quot; 指出的输入，然后重新运行命令。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing is sent. %n user(s), POST %1:</source>
        <translation>
            <numerusform>试运行：不发送任何内容。%n 个用户，POST %1：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>wsctl: the service answers again (it could not be reached for %n second(s)).</source>
        <translation>
            <numerusform>wsctl：服务已恢复应答（此前 %n 秒无法访问）。</numerusform>
        </translation>
    </message>
    <message>
        <source>service unreachable since %1</source>
        <extracomment>on the progress line while no request is answered</extracomment>
        <translation>自 %1 起服务无法访问</translation>
    </message>
    <message numerus="yes">
        <source>wsctl: the service cannot be reached since %1 (%n second(s)): %2</source>
        <translation>
            <numerusform>wsctl：自 %1 起无法访问服务（%n 秒）：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now.</source>
        <translation>正在重试。</translation>
    </message>
    <message>
        <source>Waiting up to %1 s in all (--unreachable-timeout).</source>
        <translation>最多共等待 %1 秒（--unreachable-timeout）。</translation>
    </message>
    <message>
        <source>Waiting without a limit (--unreachable-timeout 0).</source>
        <translation>无限期等待（--unreachable-timeout 0）。</translation>
    </message>
    <message numerus="yes">
        <source>wsctl: gave up waiting: the service could not be reached for %n second(s), since %1 (--unreachable-timeout %2). Last error: %3</source>
        <translation>
            <numerusform>wsctl：已放弃等待：自 %1 起已有 %n 秒无法访问服务（--unreachable-timeout %2）。最后的错误：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is consistent and the jobs go on on the service: &quot;%1&quot; resumes and follows the batch once the service answers.</source>
        <translation>日志保持一致，任务在服务端继续运行：服务恢复应答后，“%1”会继续并跟踪该批次。</translation>
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
        <translation>
密钥与等待（同为全局选项）：
  --sk-stdin            从标准输入读取秘密访问密钥（SK）
  --password-stdin      从标准输入读取 IAM 密码
  --unreachable-timeout SECONDS  服务持续无法访问达到该时长后
                        放弃等待（退出码 3；默认 600，
                        0 = 从不放弃）
IAM 密码也可由 WSCTL_IAM_PASSWORD 提供。
</translation>
    </message>
    <message>
        <source>Secrets for this run: --sk-stdin or --password-stdin (the first line of standard input), or HUAWEICLOUD_SDK_SK or %1.</source>
        <translation>本次运行的密钥：--sk-stdin 或 --password-stdin（标准输入的第一行），或 HUAWEICLOUD_SDK_SK 或 %1。</translation>
    </message>
    <message>
        <source>--max-size needs a number of megabytes (0 for no limit; got &quot;%1&quot;).</source>
        <translation>--max-size 需要一个以 MB 为单位的数字（0 表示不限制；收到的是“%1”）。</translation>
    </message>
    <message>
        <source>--unreachable-timeout must be a number of seconds, 0 for no limit (got &quot;%1&quot;).</source>
        <translation>--unreachable-timeout 必须是秒数，0 表示不限（实际为“%1”）。</translation>
    </message>
    <message>
        <source>--sk-stdin and --password-stdin cannot be used together: standard input gives one secret.</source>
        <translation>--sk-stdin 与 --password-stdin 不能同时使用：标准输入只提供一个密钥。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>an issue code and how many issues have it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not shown: %1.</source>
        <translation>
            <numerusform>另有 %n 个问题未显示：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>the demo did not end as expected: not every desktop is ready, or a computer name was used twice (see above).</source>
        <translation>演示未按预期结束：并非所有桌面都已就绪，或有计算机名被重复使用（见上文）。</translation>
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
        <translation>用法：wsctl desktops attach --assignments FILE.csv [选项]

把已有的云桌面分配给用户（AttachInstances）。CSV 每行一个分配，
表头可用英文或中文：
  desktop_id 或 computer_name   用于查找云桌面（桌面ID / 计算机名）
  user_name                     用户；SHARED 云桌面也可以是用户组（用户名）
  user_group                    administrators、users、sudo 或 default（用户组）
  user_email                    可选（邮箱）
  new_computer_name             可选，新的计算机名（新计算机名）
  is_clear_data                 可选：true/false、yes/no、是/否
发送之前，每一行都会对照租户的云桌面进行解析和检查（已分配、不存在或
重复出现的云桌面会在所在行报告）；然后按分块发送该批次并记入作业日志。

选项：
  --assignments FILE   分配 CSV 文件（必需）
  --encoding E         按编码 E 读取 CSV，不自动检测
  --delimiter D        分隔符 comma、semicolon 或 tab，不自动检测
  --max-size MB        拒绝更大的文件（默认 256；0：不限制）
  --dry-run            检查并打印分块计划和确切的请求体；
                       不发送任何内容（仍会读取云桌面列表）
  --wait               跟踪作业，直到每个分配都结束
  --domain-type LITE_AS|LOCAL_AD  目录类型（默认：取自服务端）
  --poll-interval S    两次作业轮询之间的最长间隔秒数（默认 10）

示例：
  wsctl desktops list --unassigned --format csv &gt; free.csv
  wsctl desktops attach --assignments assign.csv --wait
</translation>
    </message>
    <message>
        <source>Interrupted: the check was stopped; nothing was sent.</source>
        <translation>已中断：检查已停止；未发送任何内容。</translation>
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
        <translation>用法：wsctl desktops create --spec SPEC.json [--users USERS.csv] [选项]

SPEC.json 是 CreateDesktop 的请求体（与 API 文档一致：desktop_type、
product_id、image_type、image_id、root_volume、desktops[] 或 size 等）。
指定 --users 时，CSV 的各行代替 desktops[]：每行一个云桌面，
读取方式与 “wsctl users check” 相同。发送任何内容之前都会完整检查：
规范文件按 JSON 路径，CSV 按行和列逐格检查，规格和镜像对照目录检查。
超过配置文件单请求上限（默认 50）的批次会分块发送；每个分块在发送前
都记入作业日志，因此即使按了 Ctrl-C 或程序崩溃，也不会重复创建云桌面。

选项：
  --spec FILE          CreateDesktop 请求体（必需）
  --users FILE         用户 CSV，其各行代替 desktops[]
  --encoding E         按编码 E 读取 CSV，不自动检测
  --delimiter D        分隔符 comma、semicolon 或 tab，不自动检测
  --max-size MB        拒绝更大的文件（默认：规范文件 16，CSV 256；
                       0：不限制）
  --dry-run            检查并打印分块计划和确切的请求体；
                       不发送任何内容
  --wait               跟踪作业，直到每个云桌面就绪或失败
                       （不加此选项：直到每个请求都被受理）
  --domain-type LITE_AS|LOCAL_AD  目录类型（默认：取自服务端）
  --os Windows|Linux   规格的操作系统（默认：取自目录）
  --poll-interval S    两次作业轮询之间的最长间隔秒数（默认 10）

未同时指定 --domain-type 和 --os 时，会先读取 Workspace 信息和目录
（只有 GET 请求，--dry-run 也是如此）；两者都指定时，--dry-run 无需连接。

示例：
  wsctl desktops create --spec office.json --users staff.csv --dry-run
  wsctl desktops create --spec office.json --users staff.csv --wait
</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe).</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）。</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a spec may have (--max-size).</source>
        <translation>%1 大小为 %2 MB，超过了规范文件允许的 %3 MB（--max-size）。</translation>
    </message>
    <message>
        <source>the desktops in use could not be read.</source>
        <translation>无法读取已在使用的桌面。</translation>
    </message>
    <message>
        <source>wsctl: warning: no keychain is available (%1), so the secrets were not stored. Give them each time you use this profile: --sk-stdin or HUAWEICLOUD_SDK_SK for the SK, --password-stdin or %2 for the IAM password.</source>
        <translation>wsctl：警告：没有可用的密钥链（%1），因此未保存密钥。每次使用此配置时请提供：SK 用 --sk-stdin 或 HUAWEICLOUD_SDK_SK，IAM 密码用 --password-stdin 或 %2。</translation>
    </message>
    <message>
        <source>the profile did not pass its checks.</source>
        <translation>该配置未通过检查。</translation>
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
        <translation>用法：wsctl users check FILE [选项]

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
  --max-size MB                   拒绝更大的文件（默认 256；0：不限制）

--format csv 每行列出一个问题（file、line、column、code、severity、message）。
报告按行号显示前 1000 个问题，其余的按代码计数。Ctrl-C 停止检查（退出码 130）。
退出码：0 没有无效行；1 有行（或文件本身）存在错误；2 参数错误，或文件无法读取、过大或不是普通文件。
</translation>
    </message>
    <message>
        <source>Interrupted: the check was stopped.</source>
        <translation>已中断：检查已停止。</translation>
    </message>
    <message>
        <source>the file is not valid; the report says where and why.</source>
        <translation>文件无效；报告中说明了位置和原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be created; the output says why for each.</source>
        <translation>
            <numerusform>%n 个用户未能创建；输出中逐个说明了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]（是/否）</translation>
    </message>
    <message>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) do not fit in the quota of %1 (%2): quota %3%7, used %4%7, free %5%7, this batch needs %6%7.</source>
        <translation>
            <numerusform>%n 台云桌面超出 %1（%2）的配额：配额 %3%7，已用 %4%7，剩余 %5%7，本批需要 %6%7。</numerusform>
        </translation>
    </message>
    <message>
        <source>the quotas could not be read.</source>
        <translation>无法读取配额。</translation>
    </message>
    <message>
        <source>A group name has at most %1 characters (this one has %2).</source>
        <translation>用户组名最多 %1 个字符（此名称有 %2 个）。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>List the user groups of the Workspace directory</source>
        <translation>列出 Workspace 目录中的用户组</translation>
    </message>
    <message>
        <source>Create a user group</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <source>Rename a user group or change its description</source>
        <translation>重命名用户组或修改其描述</translation>
    </message>
    <message>
        <source>Delete user groups</source>
        <translation>删除用户组</translation>
    </message>
    <message>
        <source>List the members of a user group</source>
        <translation>列出用户组的成员</translation>
    </message>
    <message>
        <source>Add users to a user group</source>
        <translation>将用户加入用户组</translation>
    </message>
    <message>
        <source>Remove users from a user group</source>
        <translation>将用户移出用户组</translation>
    </message>
    <message>
        <source>Usage: wsctl groups list [--name TEXT]

Lists the user groups of the Workspace directory with their type,
number of members and of desktops assigned to them, and their ids (the
id is what a GROUP entry of an assignment names).

Options:
  --name TEXT          Group name contains TEXT
</source>
        <translation>用法：wsctl groups list [--name TEXT]

列出 Workspace 目录中的用户组，包括类型、成员数、分配给它的云桌面数
以及 ID（分配时 GROUP 条目填写的就是此 ID）。

选项：
  --name TEXT          用户组名包含 TEXT
</translation>
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
        <translation>用法：wsctl groups create NAME [--description TEXT] [--type LOCAL|AD] [--dry-run]

创建用户组并输出其 ID。名称可包含中文、字母、数字、“-”和“_”。

选项：
  --description TEXT   描述
  --type LOCAL|AD      LOCAL（默认）或 AD（AD 域中的用户组）
  --dry-run            检查并输出请求体；不发送任何内容
</translation>
    </message>
    <message>
        <source>Usage: wsctl groups rename GROUP NEW_NAME [--description TEXT]
       wsctl groups rename GROUP --description TEXT

Renames the user group GROUP (a name or an id); its members stay. AD
groups keep their names; their description may change.

Options:
  --description TEXT   New description (&quot;&quot; clears it)
</source>
        <translation>用法：wsctl groups rename GROUP NEW_NAME [--description TEXT]
      wsctl groups rename GROUP --description TEXT

重命名用户组 GROUP（名称或 ID）；成员保持不变。AD 用户组不能改名，
但可以修改描述。

选项：
  --description TEXT   新描述（&quot;&quot; 表示清空）
</translation>
    </message>
    <message>
        <source>Usage: wsctl groups delete GROUP... [--yes]

Deletes the user groups (names or ids). Their users stay in the
directory. A group that desktops are assigned to is refused by the
service. Asks first on a terminal; a script must pass --yes.

Options:
  --yes                Delete without asking
</source>
        <translation>用法：wsctl groups delete GROUP... [--yes]

删除用户组（名称或 ID）。组中的用户仍保留在目录中。已分配了云桌面的
用户组会被服务拒绝删除。在终端中会先询问；脚本必须加 --yes。

选项：
  --yes                不询问直接删除
</translation>
    </message>
    <message>
        <source>Usage: wsctl groups members GROUP [--name TEXT]

Lists the users in the user group GROUP (a name or an id).

Options:
  --name TEXT          User name contains TEXT
</source>
        <translation>用法：wsctl groups members GROUP [--name TEXT]

列出用户组 GROUP（名称或 ID）中的用户。

选项：
  --name TEXT          用户名包含 TEXT
</translation>
    </message>
    <message>
        <source>Usage: wsctl groups add-members GROUP USER...

Adds directory users (names or ids) to the user group GROUP. Every user
is looked up first; when one is not in the directory nothing is sent.
</source>
        <translation>用法：wsctl groups add-members GROUP USER...

将目录用户（名称或 ID）加入用户组 GROUP。先逐个查找用户；只要有一个
不在目录中，就不发送任何内容。
</translation>
    </message>
    <message>
        <source>Usage: wsctl groups remove-members GROUP USER...

Removes users (names or ids) from the user group GROUP; they stay in
the directory. Every user is looked up first; when one is not in the
directory nothing is sent.
</source>
        <translation>用法：wsctl groups remove-members GROUP USER...

将用户（名称或 ID）移出用户组 GROUP；用户仍保留在目录中。先逐个查找
用户；只要有一个不在目录中，就不发送任何内容。
</translation>
    </message>
    <message>
        <source>the user groups could not be read.</source>
        <translation>无法读取用户组。</translation>
    </message>
    <message>
        <source>there is no user group &quot;%1&quot; (&quot;wsctl groups list&quot; lists them).</source>
        <translation>没有用户组“%1”（“wsctl groups list”可列出所有用户组）。</translation>
    </message>
    <message>
        <source>the user groups could not be listed.</source>
        <translation>无法列出用户组。</translation>
    </message>
    <message>
        <source>No user group matches.</source>
        <translation>没有匹配的用户组。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个用户组</numerusform>
        </translation>
    </message>
    <message>
        <source>give the name of the new group.</source>
        <translation>请给出新用户组的名称。</translation>
    </message>
    <message>
        <source>--type must be LOCAL or AD (got &quot;%1&quot;).</source>
        <translation>--type 必须是 LOCAL 或 AD（收到“%1”）。</translation>
    </message>
    <message>
        <source>A description has at most 255 characters (this one has %1).</source>
        <translation>描述最多 255 个字符（此描述有 %1 个）。</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. POST %1:</source>
        <translation>试运行：不发送任何内容。POST %1：</translation>
    </message>
    <message>
        <source>the group %1 could not be created.</source>
        <translation>无法创建用户组 %1。</translation>
    </message>
    <message>
        <source>give the group and its new name (or --description).</source>
        <translation>请给出用户组及其新名称（或 --description）。</translation>
    </message>
    <message>
        <source>the group %1 could not be changed.</source>
        <translation>无法修改用户组 %1。</translation>
    </message>
    <message>
        <source>give the groups to delete.</source>
        <translation>请给出要删除的用户组。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1（%n 名成员）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the user group(s) %1?</source>
        <translation>删除用户组 %1？</translation>
    </message>
    <message>
        <source>nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>deleting needs --yes when standard input is not a terminal; nothing was deleted.</source>
        <translation>标准输入不是终端时，删除需要 --yes；未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) could not be deleted; the output says why for each.</source>
        <translation>
            <numerusform>%n 个用户组未能删除；输出中逐个说明了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>give one group.</source>
        <translation>请给出一个用户组。</translation>
    </message>
    <message>
        <source>the members of %1 could not be listed.</source>
        <translation>无法列出 %1 的成员。</translation>
    </message>
    <message>
        <source>The group %1 has no member.</source>
        <translation>用户组 %1 没有成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <source>give the group and at least one user.</source>
        <translation>请给出用户组和至少一个用户。</translation>
    </message>
    <message>
        <source>the users could not be read.</source>
        <translation>无法读取用户。</translation>
    </message>
    <message>
        <source>not in the directory: %1; nothing was sent.</source>
        <translation>不在目录中：%1；未发送任何内容。</translation>
    </message>
    <message>
        <source>the users could not be added to %1.</source>
        <translation>无法将用户加入 %1。</translation>
    </message>
    <message>
        <source>the users could not be removed from %1.</source>
        <translation>无法将用户移出 %1。</translation>
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
        <translation>用法：wsctl profiles add NAME [选项]

保存连接配置文件。普通设置存入控制台的设置，密钥存入系统密钥环。
密钥从标准输入或环境变量读取，绝不从命令行读取（其他用户可在 ps 中看到命令行）。
区域、终端节点和项目取自全局选项 --region、
--endpoint、--iam-endpoint 和 --project-id。

选项：
  --ak AK              访问密钥 AK（默认：HUAWEICLOUD_SDK_AK）
  --sk-stdin           从标准输入的第一行读取私有访问密钥 SK
                       （默认：HUAWEICLOUD_SDK_SK）
  --auth aksk|iam      认证方式：访问密钥（默认）或 IAM 密码
  --iam-domain NAME    账号名（IAM 认证）
  --iam-user NAME      IAM 用户名（IAM 认证）
  --password-stdin     从标准输入的第一行读取 IAM 密码
  --create-cap N       每个创建请求的云桌面数，1-100（默认 50）
  --attach-cap N       每个分配请求的云桌面数，1-50（默认 50）
  --rate N             起始的每秒请求数，1-1000（默认 20）；
                       之后速率会适应租户的 API 限流值，
                       下次运行从上次稳定的速率开始
  --rate-ceiling N     每秒请求数的上限，1-1000
                       （默认：除 1000 外无上限）
  --timeout SECONDS    单个请求的时间上限（默认 30）
  --proxy none|system|HOST:PORT  代理（默认：使用系统代理）
  --ca-file FILE       额外信任的 CA 证书（PEM）
  --insecure           不验证 TLS 证书（仅用于测试）
  --replace            若同名配置文件已存在则替换它
  --use                设为默认配置文件

示例：
  echo &quot;$SK&quot; | wsctl profiles add prod --region cn-north-4 \
      --ak AKEXAMPLE --sk-stdin --use
</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>请求/秒</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>已学习</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>已学习</translation>
    </message>
    <message>
        <source>--rate-ceiling needs a number of requests per second.</source>
        <translation>--rate-ceiling 需要一个每秒请求数。</translation>
    </message>
    <message>
        <source>Show the tenant&apos;s quotas and what is left of them</source>
        <translation>显示租户的配额及剩余量</translation>
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
        <translation>用法：wsctl quotas [--zone CODE] [--site ID]

显示租户的各项配额（云桌面、GPU 云桌面、vCPU、内存、磁盘、用户……）：
上限、已用量（正在创建的云桌面也计入）和剩余量。“wsctl desktops create”
会在发送任何内容之前拒绝超出配额的批次。

选项：
  --zone CODE          某个可用区的配额（ShowQuotaDetails）
  --site ID            某个站点的配额（ShowQuotaDetails）
</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>The service reports no quota.</source>
        <translation>服务未报告任何配额。</translation>
    </message>
    <message>
        <source>Change a directory user&apos;s contact, expiry or state</source>
        <translation>修改目录用户的联系方式、有效期或状态</translation>
    </message>
    <message>
        <source>Lock directory users</source>
        <translation>锁定目录用户</translation>
    </message>
    <message>
        <source>Unlock directory users</source>
        <translation>解锁目录用户</translation>
    </message>
    <message>
        <source>Reset directory users&apos; passwords</source>
        <translation>重置目录用户的密码</translation>
    </message>
    <message>
        <source>Delete directory users</source>
        <translation>删除目录用户</translation>
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
        <translation>用法：wsctl users update USER [选项]

修改目录用户 USER（名称或 ID）的指定字段；其他字段保持不变。

选项：
  --email ADDRESS      邮箱（&quot;&quot; 表示清空）
  --phone NUMBER       手机号（&quot;&quot; 表示清空）
  --description TEXT   描述
  --expires DATE       账号有效期，yyyy-MM-ddTHH:mm:ssZ，0 表示永不过期
  --activate user|admin  由谁激活账号
  --disabled yes|no    禁用或启用账号
  --password-never-expires yes|no
                       密码是否永不过期
  --allow-password-change yes|no
                       是否允许用户修改密码
  --change-password-at-login yes|no
                       下次登录时是否必须修改密码
  --dry-run            输出请求体；不发送任何内容
</translation>
    </message>
    <message>
        <source>Usage: wsctl users lock USER...

Locks the directory users (names or ids): they cannot log in until
unlocked.
</source>
        <translation>用法：wsctl users lock USER...

锁定目录用户（名称或 ID）：解锁之前他们无法登录。
</translation>
    </message>
    <message>
        <source>Usage: wsctl users unlock USER...

Unlocks the directory users (names or ids).
</source>
        <translation>用法：wsctl users unlock USER...

解锁目录用户（名称或 ID）。
</translation>
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
        <translation>用法：wsctl users reset-password USER... [选项]

重置目录用户（名称或 ID）的密码。默认由服务通过邮件或短信把新密码发给
每个用户，wsctl 不输出任何密码。使用 --random 时由服务生成随机密码并
返回；只有加 --show-password 时 wsctl 才输出它（仅输出到标准输出）。

选项：
  --random             生成随机密码（ResetRandomPassword）
  --notify email,phone 随机密码的通知方式（用户激活的用户必须指定）
  --show-password      输出随机密码
</translation>
    </message>
    <message>
        <source>Usage: wsctl users delete USER... [--yes]

Deletes directory users (names or ids), all in one request: when the
service refuses one (a user with desktops), none is deleted. Asks first
on a terminal; a script must pass --yes.

Options:
  --yes                Delete without asking
</source>
        <translation>用法：wsctl users delete USER... [--yes]

在一个请求中删除目录用户（名称或 ID）：只要服务拒绝其中一个（有云桌面的
用户），就一个也不删除。在终端中会先询问；脚本必须加 --yes。

选项：
  --yes                不询问直接删除
</translation>
    </message>
    <message>
        <source>give one user.</source>
        <translation>请给出一个用户。</translation>
    </message>
    <message>
        <source>--expires must be 0 or yyyy-MM-ddTHH:mm:ssZ (got &quot;%1&quot;).</source>
        <translation>--expires 必须是 0 或 yyyy-MM-ddTHH:mm:ssZ（收到“%1”）。</translation>
    </message>
    <message>
        <source>--%1 must be yes or no (got &quot;%2&quot;).</source>
        <translation>--%1 必须是 yes 或 no（收到“%2”）。</translation>
    </message>
    <message>
        <source>give at least one field to change.</source>
        <translation>请至少给出一个要修改的字段。</translation>
    </message>
    <message>
        <source>Dry run: nothing is sent. PUT %1:</source>
        <translation>试运行：不发送任何内容。PUT %1：</translation>
    </message>
    <message>
        <source>the user %1 could not be changed.</source>
        <translation>无法修改用户 %1。</translation>
    </message>
    <message>
        <source>the user %1 was changed but could not be read back.</source>
        <translation>用户 %1 已修改，但无法读回。</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>give at least one user.</source>
        <translation>请至少给出一个用户。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be changed; the output says why for each.</source>
        <translation>
            <numerusform>%n 个用户未能修改；输出中逐个说明了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>--notify and --show-password go with --random.</source>
        <translation>--notify 和 --show-password 需与 --random 一起使用。</translation>
    </message>
    <message>
        <source>--notify takes email and/or phone (got &quot;%1&quot;).</source>
        <translation>--notify 只接受 email 和/或 phone（收到“%1”）。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The new passwords are not shown; --show-password prints them.</source>
        <translation>新密码未显示；--show-password 可输出它们。</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) could not be reset; the output says why for each.</source>
        <translation>
            <numerusform>%n 个密码未能重置；输出中逐个说明了原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>give the users to delete.</source>
        <translation>请给出要删除的用户。</translation>
    </message>
    <message>
        <source>not in the directory: %1; nothing was deleted.</source>
        <translation>不在目录中：%1；未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) from the directory: %1?</source>
        <translation>
            <numerusform>从目录中删除 %n 个用户：%1？</numerusform>
        </translation>
    </message>
    <message>
        <source>the users were not deleted (%1).</source>
        <translation>用户未被删除（%1）。</translation>
    </message>
    <message>
        <source>Type %1 (the number of desktops) to go on, anything else to stop: </source>
        <translation>输入 %1（云桌面数量）继续，输入其他内容则停止：</translation>
    </message>
    <message>
        <source>--filter &quot;%1&quot; is not a filter of &quot;desktops list&quot;: use KEY=VALUE with status, user, computer-name, zone, type, image, subnet, ip or tag, or unassigned or assigned alone.</source>
        <translation>--filter “%1” 不是 “desktops list” 的筛选条件：请使用 KEY=VALUE，KEY 为 status、user、computer-name、zone、type、image、subnet、ip 或 tag，或单独使用 unassigned 或 assigned。</translation>
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
        <translation>云桌面：以参数给出桌面 ID 或计算机名，或者
  --from-csv FILE      含 desktop_id 或 computer_name 列的 CSV
                       （桌面ID / 计算机名）
  --filter KEY=VALUE   “desktops list” 的筛选条件（可重复）：
                       键：status、user、computer-name、zone、type、
                       image、subnet、ip、tag；unassigned 或 assigned 单独使用
  --encoding E         按编码 E 读取 --from-csv，不自动检测
  --delimiter D        分隔符 comma、semicolon 或 tab，不自动检测
  --max-size MB        拒绝更大的文件（默认 256；0 表示不限制）
</translation>
    </message>
    <message>
        <source>name the desktops: ids or computer names, --from-csv FILE or --filter KEY=VALUE.</source>
        <translation>请指定云桌面：桌面 ID 或计算机名、--from-csv FILE 或 --filter KEY=VALUE。</translation>
    </message>
    <message>
        <source>give the desktops one way only: as arguments, with --from-csv or with --filter.</source>
        <translation>只能用一种方式指定云桌面：参数、--from-csv 或 --filter。</translation>
    </message>
    <message>
        <source>%1 has neither a desktop_id nor a computer_name column.</source>
        <translation>%1 既没有 desktop_id 列，也没有 computer_name 列。</translation>
    </message>
    <message>
        <source>The line names no desktop (desktop_id or computer_name).</source>
        <translation>此行没有指定云桌面（desktop_id 或 computer_name）。</translation>
    </message>
    <message>
        <source>No desktop matches the filters.</source>
        <translation>没有符合筛选条件的云桌面。</translation>
    </message>
    <message>
        <source>No desktop has the id %1.</source>
        <translation>没有 ID 为 %1 的云桌面。</translation>
    </message>
    <message>
        <source>No desktop is named %1.</source>
        <translation>没有名为 %1 的云桌面。</translation>
    </message>
    <message>
        <source>%1 desktops are named %2: give their ids.</source>
        <translation>有 %1 个云桌面名为 %2：请改用桌面 ID。</translation>
    </message>
    <message>
        <source>Desktop %1 is named twice.</source>
        <translation>云桌面 %1 被指定了两次。</translation>
    </message>
    <message>
        <source>No desktop was named.</source>
        <translation>没有指定任何云桌面。</translation>
    </message>
    <message>
        <source>Start desktops</source>
        <translation>启动云桌面</translation>
    </message>
    <message>
        <source>Stop desktops (--force: forced)</source>
        <translation>关闭云桌面（--force：强制）</translation>
    </message>
    <message>
        <source>Restart desktops (--force: forced)</source>
        <translation>重启云桌面（--force：强制）</translation>
    </message>
    <message>
        <source>Hibernate desktops</source>
        <translation>休眠云桌面</translation>
    </message>
    <message>
        <source>Detach the users of desktops</source>
        <translation>解绑云桌面的用户</translation>
    </message>
    <message>
        <source>Delete desktops</source>
        <translation>删除云桌面</translation>
    </message>
    <message>
        <source>Rebuild desktops&apos; system disks with another image</source>
        <translation>用另一个镜像重建云桌面的系统盘</translation>
    </message>
    <message>
        <source>Change desktops&apos; product (stopped first when running)</source>
        <translation>变更云桌面的规格（运行中的会先关机）</translation>
    </message>
    <message>
        <source>  --force              Forced (HARD): the users&apos; unsaved work is lost
</source>
        <translation>  --force              强制（HARD）：用户未保存的工作会丢失
</translation>
    </message>
    <message>
        <source>Each desktop loses all its users (BatchDetachInstances); its data stays.
</source>
        <translation>每个云桌面解绑其全部用户（BatchDetachInstances）；桌面上的数据保留。
</translation>
    </message>
    <message>
        <source>  --delete-users       Also delete users left without any desktop
  --no-email           Do not mail the users that their desktop is deleted
</source>
        <translation>  --delete-users       同时删除不再拥有任何云桌面的用户
  --no-email           不向用户发送桌面已删除的邮件
</translation>
    </message>
    <message>
        <source>  --image-id ID        The new image (required): same system and
                       architecture as each desktop&apos;s product
  --image-type T       gold, private or market (default: the image&apos;s)
  --message TEXT       Shown to the users before the rebuild
</source>
        <translation>  --image-id ID        新镜像（必需）：操作系统和架构须与每个
                       云桌面的规格相同
  --image-type T       gold、private 或 market（默认：镜像本身的类型）
  --message TEXT       重建前显示给用户的提示
</translation>
    </message>
    <message>
        <source>  --product-id ID      The new product (required): same system and
                       architecture as each desktop&apos;s product
</source>
        <translation>  --product-id ID      新规格（必需）：操作系统和架构须与每个
                       云桌面当前的规格相同
</translation>
    </message>
    <message>
        <source>Usage: wsctl %1 &lt;desktop ids or names...&gt; [options]
       wsctl %1 --from-csv FILE | --filter KEY=VALUE... [options]
</source>
        <translation>用法：wsctl %1 &lt;桌面 ID 或名称...&gt; [选项]
      wsctl %1 --from-csv FILE | --filter KEY=VALUE... [选项]
</translation>
    </message>
    <message>
        <source>Options:
  --dry-run            Check and print the exact request bodies; send nothing
  --wait               Follow the jobs until every desktop ended
  --yes                Do not ask for confirmation (needed in scripts
                       for destructive actions)
  --poll-interval S    Longest wait between two job polls (default 10)
</source>
        <translation>选项：
  --dry-run            检查并打印准确的请求体；不发送任何内容
  --wait               跟踪作业，直到每个云桌面都结束
  --yes                不询问确认（脚本执行破坏性操作时
                       必需）
  --poll-interval S    两次作业轮询之间的最长等待（默认 10）
</translation>
    </message>
    <message>
        <source>This action is destructive: at a terminal it asks you to type the number of
desktops; a script must pass --yes.
</source>
        <translation>此操作具有破坏性：在终端中会要求您输入云桌面的数量；
脚本必须传入 --yes。
</translation>
    </message>
    <message>
        <source>Example:
  wsctl %1 WKS-FIN-001 WKS-FIN-002 --dry-run
  wsctl %1 --filter status=ACTIVE --filter tag=dept=finance --yes --wait
</source>
        <translation>示例：
  wsctl %1 WKS-FIN-001 WKS-FIN-002 --dry-run
  wsctl %1 --filter status=ACTIVE --filter tag=dept=finance --yes --wait
</translation>
    </message>
    <message>
        <source>--image-id ID is required.</source>
        <translation>必须指定 --image-id ID。</translation>
    </message>
    <message>
        <source>--product-id ID is required.</source>
        <translation>必须指定 --product-id ID。</translation>
    </message>
    <message>
        <source>--image-type must be gold, private or market (got &quot;%1&quot;).</source>
        <translation>--image-type 必须是 gold、private 或 market（实际为 “%1”）。</translation>
    </message>
    <message>
        <source>the products could not be listed.</source>
        <translation>无法列出规格。</translation>
    </message>
    <message>
        <source>the images could not be listed.</source>
        <translation>无法列出镜像。</translation>
    </message>
    <message>
        <source>No image has the id %1 (see &quot;wsctl catalog images&quot;).</source>
        <translation>没有 ID 为 %1 的镜像（参见 “wsctl catalog images”）。</translation>
    </message>
    <message>
        <source>No product has the id %1 (see &quot;wsctl catalog products&quot;).</source>
        <translation>没有 ID 为 %1 的规格（参见 “wsctl catalog products”）。</translation>
    </message>
    <message>
        <source>%1: %2; wait until it ends.</source>
        <translation>%1：%2；请等待其结束。</translation>
    </message>
    <message>
        <source>%1 has no user to detach.</source>
        <translation>%1 没有可解绑的用户。</translation>
    </message>
    <message>
        <source>%1: %2 is connected now; the session ends.</source>
        <translation>%1：%2 正在使用此云桌面；会话将结束。</translation>
    </message>
    <message numerus="yes">
        <source>Force %1 on %n desktop(s): their users lose unsaved work.</source>
        <translation>
            <numerusform>对 %n 个云桌面强制执行 %1：用户未保存的工作会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detach every user from %n desktop(s).</source>
        <translation>
            <numerusform>解绑 %n 个云桌面的全部用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s) and everything on them.</source>
        <translation>
            <numerusform>删除 %n 个云桌面及其上的全部数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild the system disk of %n desktop(s) with %1: what is on it is lost.</source>
        <translation>
            <numerusform>用 %1 重建 %n 个云桌面的系统盘：系统盘上的内容会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n desktop(s) to product %1; running ones are stopped first.</source>
        <translation>
            <numerusform>将 %n 个云桌面变更为规格 %1；运行中的会先关机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: nothing was sent.</source>
        <translation>已停止：未发送任何内容。</translation>
    </message>
    <message>
        <source>%1 Standard input is not a terminal, so nobody can confirm: pass --yes.</source>
        <translation>%1 标准输入不是终端，无人可以确认：请传入 --yes。</translation>
    </message>
    <message>
        <source>Add data disks to a desktop</source>
        <translation>为云桌面添加数据盘</translation>
    </message>
    <message>
        <source>Make a desktop&apos;s disk larger</source>
        <translation>扩容云桌面的磁盘</translation>
    </message>
    <message>
        <source>Remove data disks from a desktop</source>
        <translation>删除云桌面的数据盘</translation>
    </message>
    <message>
        <source>List a desktop&apos;s disks</source>
        <translation>列出云桌面的磁盘</translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks add DESKTOP --size GB [options]

Adds data disks (10 to 32760 GB, in steps of 10; at most 10 per desktop).

Options:
  --size GB            The size of each new disk (required)
  --type T             SAS, SSD, GPSSD or GPSSD2 (default SAS)
  --count N            How many disks (default 1)
</source>
        <translation>用法：wsctl desktops disks add DESKTOP --size GB [选项]

添加数据盘（10 到 32760 GB，以 10 为步长；每个云桌面最多 10 块）。

选项：
  --size GB            每块新磁盘的大小（必需）
  --type T             SAS、SSD、GPSSD 或 GPSSD2（默认 SAS）
  --count N            磁盘块数（默认 1）
</translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks expand DESKTOP --volume-id ID --size GB [options]

Makes a disk larger; a disk never shrinks. &quot;wsctl desktops disks list DESKTOP&quot;
shows the disks&apos; ids and sizes.

Options:
  --volume-id ID       The disk (required)
  --size GB            Its new size, more than today (required)
</source>
        <translation>用法：wsctl desktops disks expand DESKTOP --volume-id ID --size GB [选项]

扩容磁盘；磁盘只能变大。“wsctl desktops disks list DESKTOP”
可显示各磁盘的 ID 和大小。

选项：
  --volume-id ID       要扩容的磁盘（必需）
  --size GB            新的大小，须大于当前大小（必需）
</translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks list DESKTOP

Lists the desktop&apos;s system disk and data disks: id, type, size, device.
</source>
        <translation>用法：wsctl desktops disks list DESKTOP

列出云桌面的系统盘和数据盘：ID、类型、大小、设备。
</translation>
    </message>
    <message>
        <source>Usage: wsctl desktops disks remove DESKTOP --volume-id ID... [options]

Removes data disks and everything on them (never the system disk).

Options:
  --volume-id ID       A data disk (required, repeatable)
  --yes                Do not ask for confirmation (needed in scripts)
</source>
        <translation>用法：wsctl desktops disks remove DESKTOP --volume-id ID... [选项]

删除数据盘及其上的全部数据（不会删除系统盘）。

选项：
  --volume-id ID       数据盘（必需，可重复）
  --yes                不询问确认（脚本中必需）
</translation>
    </message>
    <message>
        <source>  --dry-run            Check and print the exact request; send nothing
  --wait               Follow the job until it ends
  --poll-interval S    Longest wait between two job polls (default 10)
</source>
        <translation>  --dry-run            检查并打印准确的请求；不发送任何内容
  --wait               跟踪作业直到结束
  --poll-interval S    两次作业轮询之间的最长等待（默认 10）
</translation>
    </message>
    <message>
        <source>the job could not be read.</source>
        <translation>无法读取作业。</translation>
    </message>
    <message>
        <source>The job %1 failed: %2 %3</source>
        <translation>作业 %1 失败：%2 %3</translation>
    </message>
    <message>
        <source>Job %1 succeeded.</source>
        <translation>作业 %1 已成功。</translation>
    </message>
    <message>
        <source>Disk id</source>
        <translation>磁盘 ID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>大小（GB）</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>name one desktop (its id or computer name).</source>
        <translation>请指定一个云桌面（桌面 ID 或计算机名）。</translation>
    </message>
    <message>
        <source>--size GB is required (a whole number).</source>
        <translation>必须指定 --size GB（整数）。</translation>
    </message>
    <message>
        <source>--count must be between 1 and 10.</source>
        <translation>--count 必须在 1 到 10 之间。</translation>
    </message>
    <message>
        <source>--volume-id ID is required.</source>
        <translation>必须指定 --volume-id ID。</translation>
    </message>
    <message>
        <source>expand one disk at a time.</source>
        <translation>一次只能扩容一块磁盘。</translation>
    </message>
    <message>
        <source>the desktop could not be read.</source>
        <translation>无法读取云桌面。</translation>
    </message>
    <message>
        <source>%1 has %2 data disks; a desktop has at most 10.</source>
        <translation>%1 已有 %2 块数据盘；每个云桌面最多 10 块。</translation>
    </message>
    <message>
        <source>%1 is the system disk of %2: it cannot be removed.</source>
        <translation>%1 是 %2 的系统盘：不能删除。</translation>
    </message>
    <message>
        <source>%1 has no data disk %2.</source>
        <translation>%1 没有数据盘 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n data disk(s) of %1 and everything on them.</source>
        <translation>
            <numerusform>删除 %1 的 %n 块数据盘及其上的全部数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>the disks could not be changed.</source>
        <translation>无法更改磁盘。</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>作业 %1 已开始。</translation>
    </message>
    <message>
        <source>Turn maintenance mode on or off (users cannot log in)</source>
        <translation>开启或关闭维护模式（用户无法登录）</translation>
    </message>
    <message>
        <source>Usage: wsctl desktops maintenance on|off &lt;desktop ids or names...&gt; [options]

In maintenance mode users cannot log in to the desktop, so an administrator can
work on it; &quot;off&quot; lets them in again.
</source>
        <translation>用法：wsctl desktops maintenance on|off &lt;桌面 ID 或名称...&gt; [选项]

维护模式下用户无法登录云桌面，管理员可以对其进行维护；
“off” 让用户重新可以登录。
</translation>
    </message>
    <message>
        <source>Options:
  --dry-run            Print the exact requests; send nothing

Example:
  wsctl desktops maintenance on --filter tag=dept=finance
</source>
        <translation>选项：
  --dry-run            打印准确的请求；不发送任何内容

示例：
  wsctl desktops maintenance on --filter tag=dept=finance
</translation>
    </message>
    <message>
        <source>say on or off first.</source>
        <translation>请先指定 on 或 off。</translation>
    </message>
    <message>
        <source>Give a desktop a new computer name</source>
        <translation>为云桌面设置新的计算机名</translation>
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
        <translation>用法：wsctl desktops rename DESKTOP NEW_NAME [选项]

为云桌面（桌面 ID 或计算机名）设置新的计算机名：1 到 15 个
字母、数字或 “-”，且不能与其他云桌面重名。

选项：
  --dry-run            检查并打印准确的请求；不发送任何内容

示例：
  wsctl desktops rename WKS-FIN-001 FIN-ZHANGWEI
</translation>
    </message>
    <message>
        <source>give the desktop and its new name.</source>
        <translation>请给出云桌面及其新名称。</translation>
    </message>
    <message>
        <source>Desktop %1 is already named %2.</source>
        <translation>云桌面 %1 已使用名称 %2。</translation>
    </message>
    <message>
        <source>the desktop could not be renamed.</source>
        <translation>无法重命名云桌面。</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>已将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Tag desktops (a key&apos;s value is replaced)</source>
        <translation>为云桌面添加标签（同一键的值会被替换）</translation>
    </message>
    <message>
        <source>Remove tags from desktops</source>
        <translation>删除云桌面的标签</translation>
    </message>
    <message>
        <source>List the tag keys and values in use</source>
        <translation>列出正在使用的标签键和值</translation>
    </message>
    <message>
        <source>Usage: wsctl desktops tags list

Lists every tag key used on the project&apos;s desktops with its values.
</source>
        <translation>用法：wsctl desktops tags list

列出项目中云桌面使用的每个标签键及其值。
</translation>
    </message>
    <message>
        <source>Usage: wsctl %1 &lt;desktop ids or names...&gt; --tag KEY[=VALUE]... [options]
</source>
        <translation>用法：wsctl %1 &lt;桌面 ID 或名称...&gt; --tag KEY[=VALUE]... [选项]
</translation>
    </message>
    <message>
        <source>A key has 1 to 128 characters, a value at most 43: letters, digits, spaces
and _ . : + - @, not starting or ending with a space; keys do not start
with _sys_.
</source>
        <translation>键为 1 到 128 个字符，值最多 43 个字符：字母、数字、空格
以及 _ . : + - @，首尾不能是空格；键不能以
_sys_ 开头。
</translation>
    </message>
    <message>
        <source>Options:
  --tag KEY[=VALUE]    A tag (repeatable); remove needs only the key
  --dry-run            Check and print the exact requests; send nothing

Example:
  wsctl desktops tags add WKS-FIN-001 --tag dept=finance --tag floor=3
</source>
        <translation>选项：
  --tag KEY[=VALUE]    标签（可重复）；删除时只需给出键
  --dry-run            检查并打印准确的请求；不发送任何内容

示例：
  wsctl desktops tags add WKS-FIN-001 --tag dept=finance --tag floor=3
</translation>
    </message>
    <message>
        <source>the tags could not be listed.</source>
        <translation>无法列出标签。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <source>No desktop has a tag.</source>
        <translation>没有云桌面带有标签。</translation>
    </message>
    <message>
        <source>--tag KEY[=VALUE] is required.</source>
        <translation>必须指定 --tag KEY[=VALUE]。</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message>
        <source>S&amp;tart…</source>
        <translation>开机(&amp;T)…</translation>
    </message>
    <message>
        <source>Sto&amp;p…</source>
        <translation>关机(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;boot…</source>
        <translation>重启(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Hibernate…</source>
        <translation>休眠(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Detach User…</source>
        <translation>解绑用户(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Maintenance Mode…</source>
        <translation>维护模式(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Add Data Disk…</source>
        <translation>添加数据盘(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Expand Data Disk…</source>
        <translation>扩容数据盘(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Data Disk…</source>
        <translation>删除数据盘(&amp;R)…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>标签(&amp;G)…</translation>
    </message>
    <message>
        <source>Change &amp;Product…</source>
        <translation>变更规格(&amp;P)…</translation>
    </message>
    <message>
        <source>Rebuild &amp;System Disk…</source>
        <translation>重建系统盘(&amp;S)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Start Desktops</source>
        <translation>开机</translation>
    </message>
    <message>
        <source>Stop Desktops</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot Desktops</source>
        <translation>重启桌面</translation>
    </message>
    <message>
        <source>Hibernate Desktops</source>
        <translation>休眠桌面</translation>
    </message>
    <message>
        <source>Detach Users</source>
        <translation>解绑用户</translation>
    </message>
    <message>
        <source>Rename Desktop</source>
        <translation>重命名桌面</translation>
    </message>
    <message>
        <source>Maintenance Mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <source>Add Data Disk</source>
        <translation>添加数据盘</translation>
    </message>
    <message>
        <source>Expand Data Disk</source>
        <translation>扩容数据盘</translation>
    </message>
    <message>
        <source>Remove Data Disk</source>
        <translation>删除数据盘</translation>
    </message>
    <message>
        <source>Desktop Tags</source>
        <translation>桌面标签</translation>
    </message>
    <message>
        <source>Change Product</source>
        <translation>变更规格</translation>
    </message>
    <message>
        <source>Rebuild System Disk</source>
        <translation>重建系统盘</translation>
    </message>
    <message>
        <source>Delete Desktops</source>
        <translation>删除桌面</translation>
    </message>
    <message numerus="yes">
        <source>Start %n Desktop(s)</source>
        <translation>
            <numerusform>开机 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Desktop(s)</source>
        <translation>
            <numerusform>关机 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n Desktop(s)</source>
        <translation>
            <numerusform>重启 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hibernate %n Desktop(s)</source>
        <translation>
            <numerusform>休眠 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Detach %n Desktop(s)</source>
        <translation>
            <numerusform>解绑 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Desktop(s)</source>
        <translation>
            <numerusform>应用到 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Disk</source>
        <translation>添加磁盘</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>Remove Disks</source>
        <translation>删除磁盘</translation>
    </message>
    <message numerus="yes">
        <source>Change %n Desktop(s)</source>
        <translation>
            <numerusform>变更 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuild %n Desktop(s)</source>
        <translation>
            <numerusform>重建 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Desktop(s)</source>
        <translation>
            <numerusform>删除 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n selected desktop(s) skipped (%2: %3)</source>
        <translation>
            <numerusform>%1 — 跳过 %n 个所选桌面（%2：%3）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscardPrompt</name>
    <message>
        <source>Discard unsent input?</source>
        <translation>放弃未发送的输入？</translation>
    </message>
    <message>
        <source>Close this window and discard what was entered?</source>
        <translation>关闭此窗口并放弃已输入的内容？</translation>
    </message>
    <message>
        <source>%1
Nothing of it has been sent to the service; it cannot be recovered.</source>
        <translation>%1
这些内容均未发送到服务，放弃后无法恢复。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Active</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation>已休眠</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Creating: scheduling</source>
        <translation>正在创建：调度中</translation>
    </message>
    <message>
        <source>Creating: preparing disks</source>
        <translation>正在创建：准备磁盘</translation>
    </message>
    <message>
        <source>Creating: preparing the network</source>
        <translation>正在创建：准备网络</translation>
    </message>
    <message>
        <source>Creating: starting up</source>
        <translation>正在创建：内部创建</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <source>Restarting: requested</source>
        <translation>正在重启：已下发</translation>
    </message>
    <message>
        <source>Restarting: started</source>
        <translation>正在重启：已开始</translation>
    </message>
    <message>
        <source>Force restarting</source>
        <translation>正在强制重启</translation>
    </message>
    <message>
        <source>Force restarting: requested</source>
        <translation>正在强制重启：已下发</translation>
    </message>
    <message>
        <source>Force restarting: started</source>
        <translation>正在强制重启：已开始</translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation>正在重建</translation>
    </message>
    <message>
        <source>Rebuilding: preparing disks</source>
        <translation>正在重建：准备磁盘</translation>
    </message>
    <message>
        <source>Rebuilding: starting up</source>
        <translation>正在重建：内部重建</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>正在迁移</translation>
    </message>
    <message>
        <source>Changing size: preparing</source>
        <translation>正在变更规格：准备中</translation>
    </message>
    <message>
        <source>Changing size: migrating</source>
        <translation>正在变更规格：迁移中</translation>
    </message>
    <message>
        <source>Changing size: migrated</source>
        <translation>正在变更规格：已迁移</translation>
    </message>
    <message>
        <source>Changing size: finishing</source>
        <translation>正在变更规格：完成中</translation>
    </message>
    <message>
        <source>Changing size: reverting</source>
        <translation>正在变更规格：回退中</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在开机</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Deletion failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>正在更新</translation>
    </message>
    <message>
        <source>Changing the network</source>
        <translation>正在变更网络</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>正在分配</translation>
    </message>
    <message>
        <source>Unassigning</source>
        <translation>正在解除分配</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>已解除分配</translation>
    </message>
    <message>
        <source>Assignment failed</source>
        <translation>分配失败</translation>
    </message>
    <message>
        <source>Unassignment failed</source>
        <translation>解除分配失败</translation>
    </message>
    <message>
        <source>Queued for assignment</source>
        <translation>排队等待分配</translation>
    </message>
    <message>
        <source>Assignment failed, can be retried</source>
        <translation>分配失败，可重新分配</translation>
    </message>
    <message>
        <source>Unassignment failed, can be retried</source>
        <translation>解除分配失败，可重试</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Ready, no one signed in</source>
        <translation>已就绪，无人登录</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>专属</translation>
    </message>
    <message>
        <source>Shared (multi-user)</source>
        <translation>共享（多用户）</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Public image</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <source>Private image</source>
        <translation>私有镜像</translation>
    </message>
    <message>
        <source>Marketplace image</source>
        <translation>市场镜像</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>High I/O (SAS)</source>
        <translation>高 IO（SAS）</translation>
    </message>
    <message>
        <source>Ultra-high I/O (SSD)</source>
        <translation>超高 IO（SSD）</translation>
    </message>
    <message>
        <source>General purpose SSD (GPSSD)</source>
        <translation>通用型 SSD（GPSSD）</translation>
    </message>
    <message>
        <source>General purpose SSD V2 (GPSSD2)</source>
        <translation>通用型 SSD V2（GPSSD2）</translation>
    </message>
    <message>
        <source>Dynamic BGP</source>
        <translation>全动态 BGP</translation>
    </message>
    <message>
        <source>Static BGP</source>
        <translation>静态 BGP</translation>
    </message>
    <message>
        <source>By traffic</source>
        <translation>按流量计费</translation>
    </message>
    <message>
        <source>By bandwidth</source>
        <translation>按带宽计费</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Administrators (Windows)</source>
        <translation>管理员（Windows）</translation>
    </message>
    <message>
        <source>Standard users (Windows)</source>
        <translation>标准用户（Windows）</translation>
    </message>
    <message>
        <source>Administrators (Linux sudo)</source>
        <translation>管理员（Linux sudo）</translation>
    </message>
    <message>
        <source>Standard users (Linux)</source>
        <translation>标准用户（Linux）</translation>
    </message>
    <message>
        <source>Workspace directory (no AD)</source>
        <translation>本地目录（无 AD）</translation>
    </message>
    <message>
        <source>Windows AD domain</source>
        <translation>Windows AD 域</translation>
    </message>
    <message>
        <source>The user activates the account</source>
        <translation>用户自行激活</translation>
    </message>
    <message>
        <source>The administrator sets the password</source>
        <translation>管理员设置密码</translation>
    </message>
    <message>
        <source>Yearly/monthly</source>
        <translation>包年/包月</translation>
    </message>
    <message>
        <source>Pay-per-use</source>
        <translation>按需计费</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备开通</translation>
    </message>
    <message>
        <source>Being enabled</source>
        <translation>开通中</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已开通</translation>
    </message>
    <message>
        <source>Enabling failed</source>
        <translation>开通失败</translation>
    </message>
    <message>
        <source>Being closed</source>
        <translation>销户中</translation>
    </message>
    <message>
        <source>Closing failed</source>
        <translation>销户失败</translation>
    </message>
    <message>
        <source>Cleaning up resources</source>
        <translation>清理资源中</translation>
    </message>
    <message>
        <source>Resources cleaned up</source>
        <translation>资源已清理</translation>
    </message>
    <message>
        <source>Clean-up failed</source>
        <translation>清理资源失败</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销户</translation>
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
        <source>IOPS must be between %1 and %2 (it is %3).</source>
        <translation>IOPS 必须在 %1 到 %2 之间（当前为 %3）。</translation>
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
        <source>EIP type must be 5_bgp or 5_sbgp (found “%1”).</source>
        <translation>EIP 类型必须是 5_bgp 或 5_sbgp（发现“%1”）。</translation>
    </message>
    <message>
        <source>EIP billing mode must be TRAFFIC or BANDWIDTH (found “%1”).</source>
        <translation>EIP 计费方式必须是 TRAFFIC 或 BANDWIDTH（发现“%1”）。</translation>
    </message>
    <message>
        <source>EIP bandwidth must be between %1 and %2 Mbit/s (it is %3).</source>
        <translation>EIP 带宽必须在 %1 到 %2 Mbit/s 之间（当前为 %3）。</translation>
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
        <source>User name is required.</source>
        <translation>用户名为必填项。</translation>
    </message>
    <message>
        <source>User name may contain only letters, digits, “-” and “_” (found “%1”).</source>
        <translation>用户名只能包含字母、数字、“-”和“_”（发现“%1”）。</translation>
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
        <source>Computer name “%1” is also used on %2; computer names must be unique (upper and lower case count as the same).</source>
        <translation>计算机名 “%1” 在%2也被使用；计算机名必须唯一（不区分大小写）。</translation>
    </message>
    <message>
        <source>User “%1” is also on %2: this user will get several desktops.</source>
        <translation>用户 “%1” 也出现在%2：该用户将获得多个桌面。</translation>
    </message>
    <message>
        <source>Type must be USER or GROUP (用户 or 用户组), not “%1”.</source>
        <translation>类型必须为 USER 或 GROUP（用户或用户组），而不是“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not yes or no; write true/false, yes/no, 1/0 or 是/否.</source>
        <translation>“%1”不是“是”或“否”；请填写 true/false、yes/no、1/0 或 是/否。</translation>
    </message>
    <message>
        <source>Line %1 names no known column. The first line must be a header, e.g. desktop_id,user_name,user_group.</source>
        <translation>第 %1 行没有可识别的列名。第一行必须是表头，例如 desktop_id,user_name,user_group。</translation>
    </message>
    <message>
        <source>There is neither a desktop_id nor a computer_name column (also accepted: 桌面ID, 计算机名); each line must name its desktop.</source>
        <translation>既没有 desktop_id 列，也没有 computer_name 列（也可写作 桌面ID、计算机名）；每一行都必须指明桌面。</translation>
    </message>
    <message>
        <source>There is no user_name column (also accepted: username, user, 用户名, 用户); each desktop needs a user.</source>
        <translation>没有 user_name 列（也可写作 username、user、用户名、用户）；每个桌面都需要一个用户。</translation>
    </message>
    <message>
        <source>Desktop ID</source>
        <translation>桌面 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>User or group ID</source>
        <translation>用户或用户组 ID</translation>
    </message>
    <message>
        <source>New computer name</source>
        <translation>新计算机名</translation>
    </message>
    <message>
        <source>Clear data</source>
        <translation>清除数据</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3: a value probably contains an unquoted delimiter.</source>
        <translation>第 %1 行有 %2 个字段，而表头只有 %3 个：某个值可能包含未加引号的分隔符。</translation>
    </message>
    <message>
        <source>Line %1 names no desktop: give its desktop ID or computer name.</source>
        <translation>第 %1 行没有指明桌面：请填写桌面 ID 或计算机名。</translation>
    </message>
    <message>
        <source>There is no desktop with ID “%1”.</source>
        <translation>不存在 ID 为“%1”的桌面。</translation>
    </message>
    <message>
        <source>Desktop “%1” is named “%2”, not “%3”; the desktop ID is used.</source>
        <translation>桌面“%1”的名称是“%2”而不是“%3”；以桌面 ID 为准。</translation>
    </message>
    <message>
        <source>There is no desktop named “%1”.</source>
        <translation>不存在名为“%1”的桌面。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) are named “%1”; give the desktop ID instead.</source>
        <translation>
            <numerusform>有 %n 个桌面名为“%1”；请改用桌面 ID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop “%1” already has a user (%2); detach it first.</source>
        <translation>桌面“%1”已有用户（%2）；请先解绑。</translation>
    </message>
    <message>
        <source>Desktop “%1” is busy (%2); the service refuses it until the task ends.</source>
        <translation>桌面“%1”正忙（%2）；任务结束前服务会拒绝分配。</translation>
    </message>
    <message>
        <source>Desktop “%1” is already given to a user on line %2; only a shared (multi-user) desktop takes several users.</source>
        <translation>桌面“%1”已在第 %2 行分配给用户；只有多用户桌面才能分配给多个用户。</translation>
    </message>
    <message>
        <source>Desktop “%1” is not a shared desktop; only shared desktops can be given to a group.</source>
        <translation>桌面“%1”不是多用户桌面；只有多用户桌面才能分配给用户组。</translation>
    </message>
    <message>
        <source>Line %1 gives this desktop the new name “%2”; one desktop has one name.</source>
        <translation>第 %1 行已为此桌面指定新名称“%2”；一个桌面只能有一个名称。</translation>
    </message>
    <message>
        <source>Line %1 says otherwise for this desktop; clear data is one choice per desktop.</source>
        <translation>第 %1 行对此桌面的设置不同；每个桌面只能选择一种“清除数据”设置。</translation>
    </message>
    <message>
        <source>Users of a shared desktop get no email from the assignment; this address is not sent.</source>
        <translation>多用户桌面的用户不会收到分配邮件；此邮箱不会发送。</translation>
    </message>
    <message>
        <source>Computer name “%1” is also given on line %2 (names are compared without regard to case).</source>
        <translation>计算机名“%1”在第 %2 行也被使用（比较时不区分大小写）。</translation>
    </message>
    <message>
        <source>Computer name “%1” is already used by another desktop.</source>
        <translation>计算机名“%1”已被其他桌面使用。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个用户组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Assigned (%1)</source>
        <translation>已分配（%1）</translation>
    </message>
    <message>
        <source>No user yet</source>
        <translation>尚未指定用户</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>(per user)</source>
        <translation>（按用户）</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP：%1</translation>
    </message>
    <message>
        <source>OS: %1, type: %2</source>
        <translation>操作系统：%1，类型：%2</translation>
    </message>
    <message>
        <source>CSV line %1</source>
        <translation>CSV 第 %1 行</translation>
    </message>
    <message>
        <source>Only matters when the desktop goes back to the same user it was detached from: checked (the default) wipes that user&apos;s data, unchecked keeps it.</source>
        <translation>仅在桌面重新分配给解绑前的同一用户时生效：勾选（默认）会清除该用户的数据，不勾选则保留。</translation>
    </message>
    <message>
        <source>Group %1 (%2)</source>
        <translation>用户组 %1（%2）</translation>
    </message>
    <message>
        <source>User %1 (%2)</source>
        <translation>用户 %1（%2）</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only a shared (multi-user) desktop takes several users and groups.</source>
        <translation>只有多用户桌面才能分配给多个用户和用户组。</translation>
    </message>
    <message>
        <source>Computer name “%1” is also given to desktop %2 of this list (names are compared without regard to case).</source>
        <translation>计算机名“%1”也被列表中的桌面 %2 使用（比较时不区分大小写）。</translation>
    </message>
    <message>
        <source>“%1” is not in the directory yet; create the user before assigning.</source>
        <translation>“%1”尚不在用户目录中；请在分配前创建该用户。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>“%1” is listed twice (also entry %2).</source>
        <translation>“%1”重复列出（另见第 %2 项）。</translation>
    </message>
    <message>
        <source>Not in directory</source>
        <translation>不在用户目录中</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>用户目录</translation>
    </message>
    <message>
        <source>Typed (in directory)</source>
        <translation>手动输入（在用户目录中）</translation>
    </message>
    <message>
        <source>CSV line %1 (in directory)</source>
        <translation>CSV 第 %1 行（在用户目录中）</translation>
    </message>
    <message>
        <source>“%1” is not in the Workspace directory. Create the user before assigning, or the service may refuse the desktop.</source>
        <translation>“%1”不在 Workspace 用户目录中。请在分配前创建该用户，否则服务可能拒绝分配。</translation>
    </message>
    <message>
        <source>From CSV line %1</source>
        <translation>来自 CSV 第 %1 行</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面数</translation>
    </message>
    <message>
        <source>Product %1 is no longer sold. Choose another product.</source>
        <translation>产品 %1 已停售。请选择其他产品。</translation>
    </message>
    <message>
        <source>Product %1 is sold out. Choose another product.</source>
        <translation>产品 %1 已售罄。请选择其他产品。</translation>
    </message>
    <message>
        <source>Product %1 is sold out in this availability zone. Choose another product or zone.</source>
        <translation>产品 %1 在此可用区已售罄。请选择其他产品或可用区。</translation>
    </message>
    <message>
        <source>Image “%1” is a %2 image; the product runs %3.</source>
        <translation>镜像“%1”是 %2 镜像；该产品运行 %3。</translation>
    </message>
    <message>
        <source>unknown system</source>
        <translation>未知系统</translation>
    </message>
    <message>
        <source>Image “%1” is built for %2; the product is %3.</source>
        <translation>镜像“%1”适用于 %2 架构；该产品是 %3 架构。</translation>
    </message>
    <message>
        <source>Image “%1” needs at least %2 GB of memory; the product has %3 GB.</source>
        <translation>镜像“%1”至少需要 %2 GB 内存；该产品只有 %3 GB。</translation>
    </message>
    <message>
        <source>Image “%1” needs a system disk of at least %2 GB (it is %3).</source>
        <translation>镜像“%1”需要至少 %2 GB 的系统盘（当前为 %3）。</translation>
    </message>
    <message>
        <source>Enter the ID of the EIP to bind.</source>
        <translation>请输入要绑定的 EIP 的 ID。</translation>
    </message>
    <message>
        <source>An EIP can be bound to one desktop only; this request makes %1 desktops, so the service may refuse it or bind it to one of them.</source>
        <translation>一个 EIP 只能绑定到一个桌面；此请求要创建 %1 个桌面，服务可能会拒绝，或只将其绑定到其中一个。</translation>
    </message>
    <message>
        <source>The service does not offer product %1.</source>
        <translation>服务不提供产品 %1。</translation>
    </message>
    <message>
        <source>The service has no availability zone %1.</source>
        <translation>服务中没有可用区 %1。</translation>
    </message>
    <message>
        <source>The service has no image %1.</source>
        <translation>服务中没有镜像 %1。</translation>
    </message>
    <message>
        <source>The workspace has no subnet %1.</source>
        <translation>工作空间中没有子网 %1。</translation>
    </message>
    <message>
        <source>The service has no security group %1.</source>
        <translation>服务中没有安全组 %1。</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Disk type</source>
        <translation>磁盘类型</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <translation>大小（GB）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
ID: %2
IP: %3</source>
        <translation>%1
ID：%2
IP：%3</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Needs %1 GB of memory; the product has %2 GB.</source>
        <translation>需要 %1 GB 内存；该产品只有 %2 GB。</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Min. memory (GB)</source>
        <translation>最小内存（GB）</translation>
    </message>
    <message>
        <source>Min. system disk (GB)</source>
        <translation>最小系统盘（GB）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已下架</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>已售罄</translation>
    </message>
    <message>
        <source>Sold out in this zone</source>
        <translation>此可用区已售罄</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可购买</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>内存（GB）</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A security group in the list: &quot;name — description&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); save the data to a file and read that.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；请先把数据保存为文件再读取。</translation>
    </message>
    <message>
        <source>%1 is %2 MB, more than the %3 MB a CSV file may have; split it.</source>
        <translation>%1 大小为 %2 MB，超过了 CSV 文件允许的 %3 MB；请拆分该文件。</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB a CSV file may have; split it.</source>
        <translation>%1 超过了 CSV 文件允许的 %2 MB；请拆分该文件。</translation>
    </message>
    <message>
        <source>Image type “%1” is not one of private, gold or market; the service decides whether it takes it.</source>
        <translation>镜像类型“%1”不是 private、gold 或 market 之一；是否接受由服务决定。</translation>
    </message>
    <message>
        <source>GPSSD2 disks are documented with %1 to %2 IOPS (it is %3).</source>
        <translation>文档规定 GPSSD2 磁盘的 IOPS 为 %1 到 %2（当前为 %3）。</translation>
    </message>
    <message>
        <source>GPSSD2 disks are documented with %1 to %2 MiB/s of throughput (it is %3).</source>
        <translation>文档规定 GPSSD2 磁盘的吞吐量为 %1 到 %2 MiB/s（当前为 %3）。</translation>
    </message>
    <message>
        <source>“%1” is unusual in a phone number; check “%2” before sending.</source>
        <translation>“%1”在手机号中不常见；发送前请检查“%2”。</translation>
    </message>
    <message>
        <source>Phone number “%1” has no digits.</source>
        <translation>手机号“%1”中没有数字。</translation>
    </message>
    <message>
        <source>Desktop names may contain only letters, digits, Chinese characters and “-” (found “%1”).</source>
        <translation>桌面名只能包含字母、数字、中文字符和“-”（发现“%1”）。</translation>
    </message>
    <message>
        <source>Desktop names must start with a letter or a digit.</source>
        <translation>桌面名必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>A desktop name prefix must be at most %1 characters, a Chinese character counting as 2 (it has %2).</source>
        <translation>桌面名前缀最多 %1 个字符，一个中文字符计为 2 个（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Desktop name must be at most %1 characters, a Chinese character counting as 2 (it has %2).</source>
        <translation>桌面名最多 %1 个字符，一个中文字符计为 2 个（当前 %2 个）。</translation>
    </message>
    <message>
        <source>Computer name “%1” is already used by another desktop in the tenant.</source>
        <translation>计算机名“%1”已被租户中的其他桌面使用。</translation>
    </message>
    <message>
        <source>The existing EIP “%1” is bound; the type, billing mode and bandwidth given for a new EIP are not used.</source>
        <translation>将绑定已有 EIP“%1”；为新 EIP 填写的类型、计费模式和带宽不会使用。</translation>
    </message>
    <message>
        <source>The EIP has neither an id nor settings for a new EIP; the service decides what is bound.</source>
        <translation>EIP 既没有 ID，也没有新 EIP 的设置；绑定什么由服务决定。</translation>
    </message>
    <message>
        <source>Give an e-mail address or a phone number: the activation link is sent there.</source>
        <translation>请填写邮箱地址或手机号码：激活链接会发送到那里。</translation>
    </message>
    <message>
        <source>The password must have %1 to %2 characters.</source>
        <translation>密码长度必须为 %1 到 %2 个字符。</translation>
    </message>
    <message>
        <source>The expiry date cannot be read: write it as 2027-12-31T00:00:00Z.</source>
        <translation>无法识别过期时间：请写成 2027-12-31T00:00:00Z 的格式。</translation>
    </message>
    <message>
        <source>The account would already have expired: choose a later date.</source>
        <translation>该账号将已过期：请选择更晚的日期。</translation>
    </message>
    <message>
        <source>The description may have at most %1 characters.</source>
        <translation>描述最多 %1 个字符。</translation>
    </message>
    <message>
        <source>GPU desktops</source>
        <translation>GPU 云桌面</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Disk capacity</source>
        <translation>磁盘容量</translation>
    </message>
    <message>
        <source>Dedicated hosts</source>
        <translation>专属主机</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Policy groups</source>
        <translation>策略组</translation>
    </message>
    <message>
        <source>Desktop %1 already has product %2.</source>
        <translation>桌面 %1 的规格已经是 %2。</translation>
    </message>
    <message>
        <source>Product %1 is for %2; desktop %3 runs %4. Choose a %4 product.</source>
        <translation>规格 %1 适用于 %2；桌面 %3 运行的是 %4。请选择 %4 规格。</translation>
    </message>
    <message>
        <source>Product %1 is %2; desktop %3 is %4. Choose a %4 product.</source>
        <translation>规格 %1 是 %2 架构；桌面 %3 是 %4 架构。请选择 %4 规格。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The disk has %1 GB; a disk can only grow, so the new size must be more than that (got %2 GB).</source>
        <translation>该磁盘为 %1 GB；磁盘只能扩容，新大小必须大于当前大小（实际为 %2 GB）。</translation>
    </message>
    <message>
        <source>A disk has at most 32760 GB (got %1 GB).</source>
        <translation>磁盘最大为 32760 GB（实际为 %1 GB）。</translation>
    </message>
    <message>
        <source>Disk sizes go in steps of 10 GB (got %1 GB).</source>
        <translation>磁盘大小以 10 GB 为步长（实际为 %1 GB）。</translation>
    </message>
    <message>
        <source>a task is running on it (%1)</source>
        <translation>其上有任务正在运行（%1）</translation>
    </message>
    <message>
        <source>Unknown field “%1”: neither the API reference nor the SDK model defines it.</source>
        <translation>未知字段“%1”：API 参考和 SDK 模型都没有定义它。</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Throughput (MiB/s)</source>
        <translation>吞吐量（MiB/s）</translation>
    </message>
    <message>
        <source>KMS key ID</source>
        <translation>KMS 密钥 ID</translation>
    </message>
    <message>
        <source>An encrypted disk (encrypt_type ENCRYPTED) needs its KMS key ID.</source>
        <translation>加密磁盘（encrypt_type 为 ENCRYPTED）需要填写 KMS 密钥 ID。</translation>
    </message>
    <message>
        <source>Disk type must be one of %1 (found “%2”); other types are accepted where the region lists them.</source>
        <translation>磁盘类型必须是 %1 之一（发现“%2”）；区域列出的其他类型也可使用。</translation>
    </message>
    <message>
        <source>This region does not offer %1 disks; it offers %2.</source>
        <translation>该区域不提供 %1 磁盘；可用的有 %2。</translation>
    </message>
    <message>
        <source>%1 disks are sold out in this region.</source>
        <translation>该区域的 %1 磁盘已售罄。</translation>
    </message>
    <message>
        <source>%1 disks are not provisioned by IOPS; the service may ignore the value.</source>
        <translation>%1 磁盘不按 IOPS 配置；服务可能忽略该值。</translation>
    </message>
    <message>
        <source>%1 disks are not provisioned by throughput; the service may ignore the value.</source>
        <translation>%1 磁盘不按吞吐量配置；服务可能忽略该值。</translation>
    </message>
    <message>
        <source>At most %1 desktop addresses are allowed (there are %2).</source>
        <translation>最多可指定 %1 个桌面地址（当前为 %2 个）。</translation>
    </message>
    <message>
        <source>copy_volume_desktop_id and copy_volume_ids are given together: the disks to copy and the desktop they belong to.</source>
        <translation>copy_volume_desktop_id 和 copy_volume_ids 必须同时填写：要复制的磁盘及其所属的桌面。</translation>
    </message>
    <message>
        <source>At most %1 disks can be copied (there are %2).</source>
        <translation>最多可复制 %1 块磁盘（当前为 %2 块）。</translation>
    </message>
    <message>
        <source>Desktop “%1” is in the “%2” state on the service and cannot be assigned.</source>
        <translation>桌面“%1”在服务上处于“%2”状态，无法分配。</translation>
    </message>
    <message>
        <source>row %1 (line %2 of the file)</source>
        <translation>第 %1 行（文件第 %2 行）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more row(s)</source>
        <translation>
            <numerusform>%1 及另外 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>Clear data only matters when the desktop goes back to the same user it was detached from.</source>
        <translation>仅当桌面重新分配给解除分配前的同一用户时，“清除数据”才有作用。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” will have %n desktop(s) after this assignment.</source>
        <translation>
            <numerusform>分配后“%1”将拥有 %n 台桌面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Subnet “%1” (%2) is used by two network interfaces.</source>
        <translation>子网“%1”（%2）被两个网卡使用。</translation>
    </message>
    <message>
        <source>Row %1, line %2 of the file</source>
        <translation>第 %1 行，文件第 %2 行</translation>
    </message>
    <message>
        <source>Row %1, added here, not from the file</source>
        <translation>第 %1 行，在此添加，不是来自文件</translation>
    </message>
    <message>
        <source>Choose the user group: the user&apos;s rights on the desktop.</source>
        <translation>请选择用户组：即用户在桌面上的权限。</translation>
    </message>
    <message>
        <source>This desktop has a list of users and groups, so the service ignores its single user name, ID, e-mail and user group.</source>
        <translation>此桌面已有用户和用户组列表，服务会忽略其单独填写的用户名、ID、邮箱和用户组。</translation>
    </message>
    <message>
        <source>Image “%1” is a %2, but the image type chosen is %3.</source>
        <translation>镜像“%1”是%2，但所选镜像类型为%3。</translation>
    </message>
    <message>
        <source>Create either one desktop per user or a number of desktops without users, not both.</source>
        <translation>只能二选一：为每个用户创建一台桌面，或创建若干台不分配用户的桌面。</translation>
    </message>
    <message>
        <source>Add at least one user, or give the number of desktops to create without users.</source>
        <translation>请至少添加一个用户，或填写要创建的不分配用户的桌面数量。</translation>
    </message>
    <message>
        <source>In a %1 the user name must start with a letter.</source>
        <translation>在%1中，用户名必须以字母开头。</translation>
    </message>
    <message>
        <source>User name must be at most %1 characters in a %2 (it has %3).</source>
        <translation>在%2中，用户名最多 %1 个字符（当前为 %3 个）。</translation>
    </message>
    <message>
        <source>still being created</source>
        <translation>仍在创建中</translation>
    </message>
    <message>
        <source>already running</source>
        <translation>已在运行</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态为%1</translation>
    </message>
    <message>
        <source>already shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>hibernated</source>
        <translation>已休眠</translation>
    </message>
    <message>
        <source>no user assigned</source>
        <translation>未分配用户</translation>
    </message>
    <message>
        <source>hibernated desktops cannot be detached</source>
        <translation>已休眠的桌面无法解绑</translation>
    </message>
    <message>
        <source>already has %1 data disks</source>
        <translation>已有 %1 块数据盘</translation>
    </message>
    <message>
        <source>no data disk</source>
        <translation>无数据盘</translation>
    </message>
    <message>
        <source>operating system unknown</source>
        <translation>操作系统未知</translation>
    </message>
    <message>
        <source>Select one or more desktops first.</source>
        <translation>请先选择一个或多个桌面。</translation>
    </message>
    <message>
        <source>Select a single desktop.</source>
        <translation>请只选择一个桌面。</translation>
    </message>
    <message>
        <source>None of the selected desktops qualifies (%1: %2).</source>
        <translation>所选桌面均不适用（%1：%2）。</translation>
    </message>
    <message>
        <source>The selected desktops run different operating systems; select desktops of one OS.</source>
        <translation>所选桌面的操作系统不同；请选择同一操作系统的桌面。</translation>
    </message>
    <message>
        <source>The selected desktops have different architectures; select desktops of one architecture.</source>
        <translation>所选桌面的架构不同；请选择同一架构的桌面。</translation>
    </message>
</context>
<context>
    <name>wsc::AddDiskInput</name>
    <message>
        <source>Disk &amp;type:</source>
        <translation>磁盘类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message numerus="yes">
        <source>A new %1 GB data disk (%2) will be added to “%3”, which has %n data disk(s) now.</source>
        <translation>
            <numerusform>将为“%3”新增一块 %1 GB 的数据盘（%2），它目前有 %n 块数据盘。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::AssignDesktopsWizard</name>
    <message numerus="yes">
        <source>Creating %n user(s)…</source>
        <translation>
            <numerusform>正在创建 %n 个用户…</numerusform>
        </translation>
    </message>
    <message>
        <source>User %1 could not be created: %2</source>
        <translation>无法创建用户 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) created in the directory.</source>
        <translation>
            <numerusform>已在用户目录中创建 %n 个用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n desktop(s) were assigned.</source>
        <translation>
            <numerusform>%n 个桌面已全部分配。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 assigned; %n desktop(s) not assigned: their rows say why. Fix them and submit again.</source>
        <translation>
            <numerusform>已分配 %1 个；%n 个桌面未分配，原因见各行。修正后请重新提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign desktops to users</source>
        <translation>将桌面分配给用户</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>检查请求(&amp;V)…</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Review the requests</source>
        <translation>检查要发送的请求</translation>
    </message>
    <message>
        <source>Back to the pairing</source>
        <translation>返回配对</translation>
    </message>
    <message>
        <source>Closes the window; a batch already started goes on in the jobs panel.</source>
        <translation>关闭窗口；已开始的批量任务会在任务面板中继续运行。</translation>
    </message>
    <message>
        <source>Shared desktops added to the table are given to the group %1. Groups can only have shared desktops: pair dedicated ones with users.</source>
        <translation>加入表格的多用户桌面会分配给用户组 %1。用户组只能分配多用户桌面；单用户桌面请与用户配对。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) in the table have not been assigned.</source>
        <translation>
            <numerusform>表格中有 %n 个桌面尚未分配。</numerusform>
        </translation>
    </message>
    <message>
        <source>The names typed or imported into the users list have not been used.</source>
        <translation>输入或导入到用户列表中的用户名尚未使用。</translation>
    </message>
    <message>
        <source>Assign desktops to the group %1</source>
        <translation>将桌面分配给用户组 %1</translation>
    </message>
</context>
<context>
    <name>wsc::AssignPairPage</name>
    <message numerus="yes">
        <source>%n desktop(s) paired.</source>
        <translation>
            <numerusform>已配对 %n 个桌面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import an assignment CSV</source>
        <translation>导入分配 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) paired from %1.</source>
        <translation>
            <numerusform>已根据 %1 配对 %n 个桌面。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read from %1 and selected; choose the desktops and press Pair in order.</source>
        <translation>
            <numerusform>已从 %1 读取并选中 %n 个用户；请选择桌面后点击“按顺序配对”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair desktops with users</source>
        <translation>为桌面配对用户</translation>
    </message>
</context>
<context>
    <name>wsc::AssignReviewPage</name>
    <message>
        <source>%1 will be assigned in %2 of at most %3 desktops each (%4).</source>
        <translation>%1将分 %2发送，每个请求最多 %3 个桌面（%4）。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the %n user(s) missing from the directory first</source>
        <translation>
            <numerusform>先在用户目录中创建缺少的 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (no email: the directory needs one to send the activation link; add it on the row)</source>
        <translation>%1（无邮箱：用户目录需要邮箱来发送激活链接，请在该行填写）</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Assign %n desktop(s)</source>
        <translation>
            <numerusform>分配 %n 个桌面(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the requests</source>
        <translation>检查要发送的请求</translation>
    </message>
    <message>
        <source>Create missing users first</source>
        <translation>先创建缺少的用户</translation>
    </message>
    <message>
        <source>Assignment progress</source>
        <translation>分配进度</translation>
    </message>
    <message>
        <source>Submission status</source>
        <translation>提交状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
</context>
<context>
    <name>wsc::AssignmentDelegate</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>用户组</translation>
    </message>
</context>
<context>
    <name>wsc::AssignmentReviewWidget</name>
    <message>
        <source>&amp;Requests:</source>
        <translation>请求(&amp;R)：</translation>
    </message>
    <message>
        <source>Requests to send</source>
        <translation>要发送的请求</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求体</translation>
    </message>
    <message numerus="yes">
        <source>Request %1: %n desktop(s)</source>
        <translation>
            <numerusform>请求 %1：%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Request &amp;body (POST %1):</source>
        <translation>请求正文(&amp;B)（POST %1）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>&amp;Desktops and users</source>
        <translation>桌面和用户(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配给</translation>
    </message>
    <message>
        <source>Rights on the desktop</source>
        <translation>桌面权限</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>新计算机名</translation>
    </message>
    <message>
        <source>Desktops of the selected request and who gets them</source>
        <translation>所选请求中的桌面及其分配对象</translation>
    </message>
</context>
<context>
    <name>wsc::AssignmentTablePanel</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paired</source>
        <translation>
            <numerusform>已配对 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 个有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assigned</source>
        <translation>
            <numerusform>已分配 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>&amp;Pair in order</source>
        <translation>按顺序配对(&amp;P)</translation>
    </message>
    <message>
        <source>Pair the selected users with desktops in order</source>
        <translation>将所选用户按顺序与桌面配对</translation>
    </message>
    <message>
        <source>Gives the selected users, top to bottom, to the selected rows (or to the rows without a user).</source>
        <translation>将所选用户自上而下依次分给所选行（未选行时分给尚无用户的行）。</translation>
    </message>
    <message>
        <source>&amp;Clear pairing</source>
        <translation>清除配对(&amp;C)</translation>
    </message>
    <message>
        <source>Clear the pairing of the selected rows</source>
        <translation>清除所选行的配对</translation>
    </message>
    <message>
        <source>Clears the selected rows, or every row when none is selected.</source>
        <translation>清除所选行；未选择时清除所有行。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected rows from the assignment</source>
        <translation>从分配列表中移除所选行</translation>
    </message>
    <message>
        <source>Users and &amp;groups…</source>
        <translation>用户和用户组(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose the users and groups of a shared desktop</source>
        <translation>选择多用户桌面的用户和用户组</translation>
    </message>
    <message>
        <source>Set gr&amp;oup:</source>
        <translation>设置用户组(&amp;O)：</translation>
    </message>
    <message>
        <source>Set the user group of the selected rows</source>
        <translation>设置所选行的用户组</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Desktops and their users</source>
        <translation>桌面及其用户</translation>
    </message>
    <message>
        <source>Problems of the imported file</source>
        <translation>导入文件中的问题</translation>
    </message>
    <message>
        <source>Clear data only matters when a desktop goes back to the same user it was detached from: checked (the service&apos;s default) wipes that user&apos;s data, unchecked keeps it.</source>
        <translation>“清除数据”仅在桌面重新分配给解绑前的同一用户时生效：勾选（服务默认）会清除该用户的数据，不勾选则保留。</translation>
    </message>
</context>
<context>
    <name>wsc::AttachOptionsPanel</name>
    <message>
        <source>For every desktop of this assignment (optional)</source>
        <translation>应用于本次分配的所有桌面（可选）</translation>
    </message>
    <message>
        <source>C&amp;hange image:</source>
        <translation>更换镜像(&amp;H)：</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>不更换</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>Image &amp;ID:</source>
        <translation>镜像 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Desk&amp;top name policy ID:</source>
        <translation>桌面名称策略 ID(&amp;T)：</translation>
    </message>
    <message>
        <source>Desktop name policy ID</source>
        <translation>桌面名称策略 ID</translation>
    </message>
    <message>
        <source>A policy that generates desktop names; a new computer name given on a row wins over it.</source>
        <translation>用于生成桌面名称的策略；行中指定的新计算机名优先。</translation>
    </message>
</context>
<context>
    <name>wsc::AttachSubmission</name>
    <message>
        <source>An assignment is already running.</source>
        <translation>已有分配任务正在进行。</translation>
    </message>
    <message>
        <source>No connection to send the assignment through.</source>
        <translation>没有可用于发送分配请求的连接。</translation>
    </message>
    <message>
        <source>Row %1 (%2) has errors; fix it first.</source>
        <translation>第 %1 行（%2）有错误，请先修正。</translation>
    </message>
    <message>
        <source>No paired desktop is left to assign.</source>
        <translation>没有剩余的已配对桌面可分配。</translation>
    </message>
    <message>
        <source>The assignment was not started: %1</source>
        <translation>分配未开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n desktop(s)…</source>
        <translation>
            <numerusform>正在发送 %n 个桌面…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Queued on the service</source>
        <translation>已在服务端排队</translation>
    </message>
    <message>
        <source>Assigning… %1%</source>
        <translation>正在分配… %1%</translation>
    </message>
    <message>
        <source>Accepted; following the job</source>
        <translation>已受理，正在跟踪任务</translation>
    </message>
    <message>
        <source>No answer; checking whether it arrived</source>
        <translation>未收到应答，正在确认请求是否送达</translation>
    </message>
    <message>
        <source>Cancelled before it was sent; nothing was applied.</source>
        <translation>发送前已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>The service could not assign the desktop: %1 (%2)</source>
        <translation>服务未能分配该桌面：%1（%2）</translation>
    </message>
    <message>
        <source>Not assigned: the service refused the whole request because of desktop %1 (row %2), so nothing in it was applied. Fix or remove that row and submit again.</source>
        <translation>未分配：由于桌面 %1（第 %2 行），服务拒绝了整个请求，请求中的内容均未生效。请修正或移除该行后重新提交。</translation>
    </message>
    <message>
        <source>%1 of %2 assigned, %3 failed, %4 in progress.</source>
        <translation>已分配 %1/%2，失败 %3，进行中 %4。</translation>
    </message>
    <message>
        <source>The batch ended without news of this desktop; see the jobs panel.</source>
        <translation>批量任务已结束，但没有该桌面的结果；请查看任务面板。</translation>
    </message>
</context>
<context>
    <name>wsc::CandidateUsersPanel</name>
    <message>
        <source>Reading the directory…</source>
        <translation>正在读取用户目录…</translation>
    </message>
    <message>
        <source>Every paired user is in the directory.</source>
        <translation>所有已配对用户都在用户目录中。</translation>
    </message>
    <message>
        <source>Not in the directory: %1</source>
        <translation>不在用户目录中：%1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Users to pair</source>
        <translation>待配对的用户</translation>
    </message>
    <message>
        <source>Type a user name</source>
        <translation>输入用户名</translation>
    </message>
    <message>
        <source>User name to add to the list</source>
        <translation>要加入列表的用户名</translation>
    </message>
    <message>
        <source>Add &amp;name</source>
        <translation>添加用户名(&amp;N)</translation>
    </message>
    <message>
        <source>Add the typed user name</source>
        <translation>添加输入的用户名</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import users or pairings from a CSV file</source>
        <translation>从 CSV 文件导入用户或分配关系</translation>
    </message>
    <message>
        <source>Columns: desktop_id or computer_name, user_name, user_group, user_email, new_computer_name, is_clear_data (English or Chinese headers). Without a desktop column the users join this list.</source>
        <translation>列：desktop_id 或 computer_name、user_name、user_group、user_email、new_computer_name、is_clear_data（中英文表头均可）。没有桌面列时，文件中的用户加入此列表。</translation>
    </message>
    <message>
        <source>Create &amp;missing users</source>
        <translation>创建缺少的用户(&amp;M)</translation>
    </message>
    <message>
        <source>Create the users missing from the directory</source>
        <translation>创建用户目录中不存在的用户</translation>
    </message>
</context>
<context>
    <name>wsc::ColumnMappingWidget</name>
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
    <name>wsc::CreateDesktopWizard</name>
    <message>
        <source>Create desktops</source>
        <translation>创建桌面</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>打开草稿(&amp;O)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve draft…</source>
        <translation>保存草稿(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Open a saved draft</source>
        <translation>打开已保存的草稿</translation>
    </message>
    <message>
        <source>Opens a request saved as JSON (the spec format wsctl reads).</source>
        <translation>打开以 JSON 保存的请求（wsctl 读取的规格格式）。</translation>
    </message>
    <message>
        <source>Save the request as a draft</source>
        <translation>将请求保存为草稿</translation>
    </message>
    <message>
        <source>Saves the request as JSON, to finish later or to run with wsctl.</source>
        <translation>将请求保存为 JSON，以便稍后完成或用 wsctl 运行。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Submit the batch</source>
        <translation>提交批次</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 不是有效的 JSON：%2（第 %3 个字符处）。</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 中不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The draft was opened, with %n remark(s) about the file:</source>
        <translation>
            <numerusform>草稿已打开，关于该文件有 %n 条提示：</numerusform>
        </translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>The jobs centre is not available; nothing was sent.</source>
        <translation>任务中心不可用；未发送任何请求。</translation>
    </message>
    <message>
        <source>The batch was not started: %1</source>
        <translation>批次未启动：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) of other requests of the batch were accepted before the refusal: the jobs panel follows them, and they were removed from this form.</source>
        <translation>
            <numerusform>在拒绝之前，本批次其他请求中的 %n 个桌面已被接受：任务面板会跟踪它们，并已将它们从此表单中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch was cancelled before its first request was answered; nothing was created by it.</source>
        <translation>批次在第一个请求得到答复前已取消；它没有创建任何桌面。</translation>
    </message>
    <message>
        <source>Refused by the service: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
    <message numerus="yes">
        <source>The form holds %n desktop(s) not submitted.</source>
        <translation>
            <numerusform>表单中有 %n 个桌面尚未提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>The choices made on this form have not been submitted.</source>
        <translation>此表单中所做的选择尚未提交。</translation>
    </message>
</context>
<context>
    <name>wsc::CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. zhangsan</source>
        <translation>例如 zhangsan</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号码(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. +86-13800000000</source>
        <translation>例如 +86-13800000000</translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation>激活方式(&amp;A)：</translation>
    </message>
    <message>
        <source>The user activates the account (link by e-mail or SMS)</source>
        <translation>用户自行激活（通过邮件或短信发送链接）</translation>
    </message>
    <message>
        <source>The administrator sets the password</source>
        <translation>由管理员设置密码</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>确认密码(&amp;C)：</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>到期日期(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>A user called &quot;%1&quot; already exists.</source>
        <translation>用户“%1”已存在。</translation>
    </message>
    <message>
        <source>Expiry date of the account</source>
        <translation>账号到期日期</translation>
    </message>
</context>
<context>
    <name>wsc::CsvImportDialog</name>
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
    <name>wsc::DataVolumeDelegate</name>
    <message>
        <source>Disk type</source>
        <translation>磁盘类型</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Disk size in GB</source>
        <translation>磁盘大小（GB）</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Disk IOPS</source>
        <translation>磁盘 IOPS</translation>
    </message>
    <message>
        <source>Disk throughput in MiB/s</source>
        <translation>磁盘吞吐量（MiB/s）</translation>
    </message>
    <message>
        <source>KMS key ID that encrypts the disk</source>
        <translation>用于加密磁盘的 KMS 密钥 ID</translation>
    </message>
</context>
<context>
    <name>wsc::DeleteInput</name>
    <message>
        <source>Also delete &amp;users who have no other desktop</source>
        <translation>同时删除没有其他桌面的用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Notify the users by e-mail</source>
        <translation>通过邮件通知用户(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be deleted with their system and data disks. This cannot be undone.</source>
        <translation>
            <numerusform>将删除 %n 个桌面及其系统盘和数据盘。此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their users are deleted from the directory when they have no other desktop.</source>
        <translation>若用户没有其他桌面，也将从目录中删除该用户。</translation>
    </message>
</context>
<context>
    <name>wsc::DeleteUsersDialog</name>
    <message>
        <source>Delete users</source>
        <translation>删除用户</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) from the directory? They can no longer sign in, and this cannot be undone.</source>
        <translation>
            <numerusform>从用户目录中删除 %n 个用户？删除后他们无法再登录，且无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them hold desktops (%1 in all): the desktops stay, without these users.</source>
        <translation>
            <numerusform>其中 %n 个用户拥有桌面（共 %1 个）：桌面会保留，但不再属于这些用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Users to delete:</source>
        <translation>要删除的用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Users to delete</source>
        <translation>要删除的用户</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n User(s)</source>
        <translation>
            <numerusform>删除 %n 个用户(&amp;D)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the users</source>
        <translation>删除这些用户</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>wsc::DesktopActionController</name>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>More actions on the selected desktops</source>
        <translation>对所选桌面的更多操作</translation>
    </message>
    <message>
        <source>Open a profile first.</source>
        <translation>请先打开一个配置。</translation>
    </message>
</context>
<context>
    <name>wsc::DesktopActionDialog</name>
    <message>
        <source>&amp;Desktops (%1):</source>
        <translation>桌面(&amp;D)（%1）：</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Desktops the action applies to</source>
        <translation>操作涉及的桌面</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n selected desktop(s) skipped: %1</source>
        <translation>
            <numerusform>跳过 %n 个所选桌面：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>以及另外 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connected now</source>
        <translation>当前已连接</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connected (as last listed)</source>
        <translation>已连接（上次列出时）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Checking who is connected…</source>
        <translation>正在检查谁已连接…</translation>
    </message>
    <message>
        <source>⚠ Connected right now: %1</source>
        <translation>⚠ 当前已连接：%1</translation>
    </message>
    <message>
        <source>(as last listed; checking failed: %1)</source>
        <translation>（上次列出时的状态；检查失败：%1）</translation>
    </message>
    <message>
        <source>Nobody is connected to these desktops right now.</source>
        <translation>当前没有用户连接这些桌面。</translation>
    </message>
    <message>
        <source>Could not check who is connected: %1</source>
        <translation>无法检查谁已连接：%1</translation>
    </message>
    <message>
        <source>Type the number of desktops first.</source>
        <translation>请先输入桌面数量。</translation>
    </message>
    <message>
        <source>Correct the options first.</source>
        <translation>请先更正选项。</translation>
    </message>
    <message>
        <source>The action was not started: %1</source>
        <translation>操作未启动：%1</translation>
    </message>
    <message>
        <source>The service refused: %1</source>
        <translation>服务拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>wsc::DesktopActionSet</name>
    <message>
        <source>Data &amp;Disks</source>
        <translation>数据盘(&amp;D)</translation>
    </message>
</context>
<context>
    <name>wsc::DesktopDetailsPanel</name>
    <message>
        <source>Select a desktop to see its details.</source>
        <translation>选择一个桌面以查看详情。</translation>
    </message>
    <message>
        <source>Desktop ID</source>
        <translation>桌面 ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配状态</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品套餐</translation>
    </message>
    <message>
        <source>CPU / memory</source>
        <translation>CPU / 内存</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像 ID</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Subnet ID</source>
        <translation>子网 ID</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation>企业项目 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1（用户组）</translation>
    </message>
    <message>
        <source>%1 vCPU, %2 GiB</source>
        <translation>%1 vCPU，%2 GiB</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>EIP</source>
        <translation>弹性公网 IP</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>On: users cannot sign in</source>
        <translation>开启：用户无法登录</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>MAC %1</source>
        <translation>MAC %1</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>网络 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Being bound…</source>
        <translation>正在绑定…</translation>
    </message>
    <message>
        <source>None (internet through %1)</source>
        <translation>无（通过 %1 上网）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation>%1 GB %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，位于 %2</translation>
    </message>
</context>
<context>
    <name>wsc::DesktopPickerPanel</name>
    <message>
        <source>Reading the desktops that have no user…</source>
        <translation>正在读取未分配用户的桌面…</translation>
    </message>
    <message>
        <source>Desktops waiting for a user (%1 of %2 shown)</source>
        <translation>待分配的桌面（显示 %1/%2）</translation>
    </message>
    <message>
        <source>Search by name, IP, status, zone or product</source>
        <translation>按名称、IP、状态、可用区或产品搜索</translation>
    </message>
    <message>
        <source>Search desktops</source>
        <translation>搜索桌面</translation>
    </message>
    <message>
        <source>Desktops waiting for a user</source>
        <translation>待分配的桌面</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>添加所选(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected desktops to the assignment</source>
        <translation>将所选桌面加入分配列表</translation>
    </message>
    <message>
        <source>Add all &amp;shown</source>
        <translation>添加全部显示项(&amp;S)</translation>
    </message>
    <message>
        <source>Add every desktop shown to the assignment</source>
        <translation>将显示的所有桌面加入分配列表</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Reload desktops and users</source>
        <translation>重新加载桌面和用户</translation>
    </message>
</context>
<context>
    <name>wsc::DesktopTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品套餐</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
</context>
<context>
    <name>wsc::DesktopsView</name>
    <message>
        <source>Search name, user, IP, ID…</source>
        <translation>搜索名称、用户、IP、ID…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>分配(&amp;A)：</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Loading desktops…</source>
        <translation>正在加载桌面…</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Desktop actions</source>
        <translation>桌面操作</translation>
    </message>
    <message>
        <source>Search desktops</source>
        <translation>搜索桌面</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
</context>
<context>
    <name>wsc::DetachInput</name>
    <message numerus="yes">
        <source>The users of %n desktop(s) will be detached and can no longer sign in to them. The desktops and their disks stay, ready to be assigned again.</source>
        <translation>
            <numerusform>将解绑 %n 个桌面的用户，他们将无法再登录这些桌面。桌面及其磁盘保留，可重新分配。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::DirectoryEntryModel</name>
    <message>
        <source>Already chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>用户组</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Email or description</source>
        <translation>邮箱或描述</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Desktops or members</source>
        <translation>桌面或成员</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>wsc::DirectoryPickerDialog</name>
    <message>
        <source>Reading the directory…</source>
        <translation>正在读取用户目录…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of %3 shown</source>
        <translation>%1，显示 %2 / %3 项</translation>
    </message>
    <message>
        <source>Pick users and groups</source>
        <translation>选择用户和用户组</translation>
    </message>
    <message>
        <source>Pick groups</source>
        <translation>选择用户组</translation>
    </message>
    <message>
        <source>Pick users</source>
        <translation>选择用户</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Name, e-mail or description</source>
        <translation>名称、邮箱或描述</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>搜索用户目录</translation>
    </message>
    <message>
        <source>Directory entries</source>
        <translation>用户目录条目</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>添加所选项(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected entries</source>
        <translation>添加所选条目</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>wsc::EditUserDialog</name>
    <message>
        <source>Edit user %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>手机号码(&amp;P)：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Account d&amp;isabled (the user cannot sign in)</source>
        <translation>禁用账号（用户无法登录）(&amp;I)</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>禁用账号</translation>
    </message>
    <message>
        <source>User may &amp;change the password</source>
        <translation>允许用户修改密码(&amp;C)</translation>
    </message>
    <message>
        <source>User may change the password</source>
        <translation>允许用户修改密码</translation>
    </message>
    <message>
        <source>User must change the password at the &amp;next sign-in</source>
        <translation>用户下次登录时必须修改密码(&amp;N)</translation>
    </message>
    <message>
        <source>Change the password at the next sign-in</source>
        <translation>下次登录时修改密码</translation>
    </message>
    <message>
        <source>Password ne&amp;ver expires</source>
        <translation>密码永不过期(&amp;V)</translation>
    </message>
    <message>
        <source>Password never expires</source>
        <translation>密码永不过期</translation>
    </message>
    <message>
        <source>Save the user</source>
        <translation>保存用户</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>wsc::ExpandDiskInput</name>
    <message>
        <source>%1 — %2 GB %3</source>
        <translation>%1 — %2 GB %3</translation>
    </message>
    <message>
        <source>&amp;Disk:</source>
        <translation>磁盘(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation>新大小(&amp;N)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>The desktop has no data disk.</source>
        <translation>该桌面没有数据盘。</translation>
    </message>
    <message>
        <source>The new size must be larger than today&apos;s %1 GB: disks only grow.</source>
        <translation>新大小必须大于当前的 %1 GB：磁盘只能扩容。</translation>
    </message>
    <message>
        <source>A data disk can have at most %1 GB.</source>
        <translation>数据盘最大为 %1 GB。</translation>
    </message>
    <message>
        <source>The disk %1 of “%2” grows from %3 GB to %4 GB. The partition is extended inside the desktop afterwards.</source>
        <translation>“%2”的磁盘 %1 将从 %3 GB 扩容到 %4 GB。之后需在桌面内扩展分区。</translation>
    </message>
</context>
<context>
    <name>wsc::GroupDialog</name>
    <message>
        <source>Rename group %1</source>
        <translation>重命名用户组 %1</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建用户组</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>用户组名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Group description</source>
        <translation>用户组描述</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>Save the group</source>
        <translation>保存用户组</translation>
    </message>
    <message>
        <source>Create the group</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A group named “%1” exists already.</source>
        <translation>已存在名为“%1”的用户组。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
</context>
<context>
    <name>wsc::GroupTableModel</name>
    <message>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>AD</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>UOS</source>
        <translation>UOS</translation>
    </message>
</context>
<context>
    <name>wsc::GroupsView</name>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Group name or description</source>
        <translation>用户组名称或描述</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>搜索用户组</translation>
    </message>
    <message>
        <source>&amp;New Group…</source>
        <translation>新建用户组(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a user group</source>
        <translation>创建用户组</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the selected group</source>
        <translation>重命名所选用户组</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>删除(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the selected groups</source>
        <translation>删除所选用户组</translation>
    </message>
    <message>
        <source>&amp;Assign Desktops…</source>
        <translation>分配桌面(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign shared desktops to the selected group</source>
        <translation>将多用户桌面分配给所选用户组</translation>
    </message>
    <message>
        <source>Opens the assignment dialog with this group as the entry of the shared desktops you add.</source>
        <translation>打开分配对话框，并把此用户组作为所添加的多用户桌面的分配对象。</translation>
    </message>
    <message>
        <source>User groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Search &amp;members:</source>
        <translation>搜索成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Search the members</source>
        <translation>搜索成员</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>用户组成员</translation>
    </message>
    <message>
        <source>Add Mem&amp;bers…</source>
        <translation>添加成员(&amp;B)…</translation>
    </message>
    <message>
        <source>Add users to the group</source>
        <translation>将用户添加到用户组</translation>
    </message>
    <message>
        <source>Remove from &amp;Group</source>
        <translation>从用户组移除(&amp;G)</translation>
    </message>
    <message>
        <source>Remove the selected members from the group</source>
        <translation>将所选成员从用户组移除</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>正在加载用户组…</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个用户组</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) selected</source>
        <translation>
            <numerusform>已选 %n 个用户组</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>选择一个用户组以查看其成员。</translation>
    </message>
    <message>
        <source>Members of %1 (%2)</source>
        <translation>%1 的成员（%2）</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Group %1 created.</source>
        <translation>已创建用户组 %1。</translation>
    </message>
    <message>
        <source>Group %1 saved.</source>
        <translation>已保存用户组 %1。</translation>
    </message>
    <message>
        <source>Group %1 renamed to %2.</source>
        <translation>已将用户组 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>删除用户组</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)?</source>
        <translation>
            <numerusform>删除 %n 个用户组？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n member(s) stay in the directory; only the grouping goes.</source>
        <translation>
            <numerusform>其中的 %n 个成员仍保留在用户目录中；只删除分组。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) are assigned to these groups: their users lose the access given through the group.</source>
        <translation>
            <numerusform>有 %n 个桌面分配给了这些用户组：其用户将失去通过用户组获得的访问权限。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个用户组。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 未删除：%2</translation>
    </message>
    <message>
        <source>Add users to the group %1. Members already in it are greyed.</source>
        <translation>将用户添加到用户组 %1。已在组内的成员显示为灰色。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) added to %1.</source>
        <translation>
            <numerusform>已将 %n 个用户添加到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>移除成员</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from the group %1?</source>
        <translation>
            <numerusform>将 %n 个用户从用户组 %1 移除？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The users stay in the directory; they lose the desktops given to the group.</source>
        <translation>%1
这些用户仍保留在用户目录中；他们将失去分配给该用户组的桌面。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) removed from %1.</source>
        <translation>
            <numerusform>已将 %n 个用户从 %1 移除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::JobCenter</name>
    <message>
        <source>The job journal is not open, so the batch was not started: nothing would follow it after a restart.</source>
        <translation>任务日志未打开，因此未启动该批次：否则重启后将无法继续跟踪它。</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>不存在批次 %1。</translation>
    </message>
</context>
<context>
    <name>wsc::JobTreeModel</name>
    <message numerus="yes">
        <source>Finished, %n failed</source>
        <translation>
            <numerusform>已结束，%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Running in another window</source>
        <translation>正在另一个窗口中运行</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Found on the service</source>
        <translation>已在服务上找到</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1
Batch %2
Source: %3</source>
        <translation>%1
批次 %2
来源：%3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Desktop %1</source>
        <translation>桌面 %1</translation>
    </message>
    <message>
        <source>Row %1 (line %2)</source>
        <translation>第 %1 条（第 %2 行）</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 条</translation>
    </message>
    <message>
        <source>Batch / row</source>
        <translation>批次 / 条目</translation>
    </message>
    <message>
        <source>Profile / user</source>
        <translation>配置 / 用户</translation>
    </message>
    <message>
        <source>Started / computer</source>
        <translation>开始时间 / 计算机名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Refused — nothing was created</source>
        <translation>已被拒绝 — 未创建任何桌面</translation>
    </message>
    <message>
        <source>Refused — nothing was changed</source>
        <translation>已被拒绝 — 未做任何更改</translation>
    </message>
    <message>
        <source>Finished: %1 failed, %2 refused</source>
        <translation>已结束：%1 个失败，%2 个被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>Finished, %n refused</source>
        <translation>
            <numerusform>已结束，%n 个被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n broken desktop(s) first</source>
        <translation>
            <numerusform>正在先删除 %n 个故障桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
</context>
<context>
    <name>wsc::JobsDock</name>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>wsc::JobsPanel</name>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Send the failed desktops of this batch again, as a new batch (%1)</source>
        <translation>将此批次中失败的桌面作为新批次重新发送（%1）</translation>
    </message>
    <message>
        <source>Cancel unsent</source>
        <translation>取消未发送</translation>
    </message>
    <message>
        <source>Cancel the requests of this batch not sent yet; desktops already requested are not affected (%1)</source>
        <translation>取消此批次中尚未发送的请求；已请求的桌面不受影响（%1）</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <source>Copy the failure, its error code and request id for support (%1)</source>
        <translation>复制失败信息、错误码和请求 ID，以便提交技术支持（%1）</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>导出结果…</translation>
    </message>
    <message>
        <source>Save one line per desktop as a CSV file (%1)</source>
        <translation>将每个桌面保存为一行，导出为 CSV 文件（%1）</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message>
        <source>Remove finished batches from the list and the journal</source>
        <translation>从列表和任务日志中移除已完成的批次</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Send the rest of this batch (%1)</source>
        <translation>发送此批次的其余部分（%1）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop sending more requests of this batch; jobs already started go on (%1)</source>
        <translation>停止发送此批次的更多请求；已开始的任务会继续执行（%1）</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 desktops succeeded, %4 failed, %5 in progress.</source>
        <translation>%1 — %3 个桌面中 %2 个成功，%4 个失败，%5 个进行中。</translation>
    </message>
    <message>
        <source>Expand the batch to see why each desktop failed.</source>
        <translation>展开批次可查看每个桌面失败的原因。</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed.</source>
        <translation>%1：%2 个成功，%3 个失败。</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 cancelled.</source>
        <translation>%1：%2 个成功，%3 个已取消。</translation>
    </message>
    <message>
        <source>%1: all %2 succeeded.</source>
        <translation>%1：全部 %2 个均已成功。</translation>
    </message>
    <message>
        <source>Nothing in this batch can be retried.</source>
        <translation>此批次中没有可重试的项目。</translation>
    </message>
    <message numerus="yes">
        <source>Copied the details of %n failure(s).</source>
        <translation>
            <numerusform>已复制 %n 个失败项的详情。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved the results to %1.</source>
        <translation>结果已保存到 %1。</translation>
    </message>
    <message>
        <source>Open in wizard</source>
        <translation>在向导中打开</translation>
    </message>
    <message>
        <source>The service refused this request: open it in the create wizard to fix what it names and submit it again</source>
        <translation>服务拒绝了此请求：在创建向导中打开它，修正其指出的问题后重新提交</translation>
    </message>
    <message>
        <source>%1 — the service refused the request, so nothing was done. Expand the batch to see the reason and the row it names; &quot;Open in wizard&quot; leads to the fix.</source>
        <translation>%1 — 服务拒绝了该请求，未执行任何操作。展开批次可查看原因及其指出的行；&quot;在向导中打开&quot;可前往修正。</translation>
    </message>
    <message numerus="yes">
        <source>The service refused %n of them; nothing was done for those.</source>
        <translation>
            <numerusform>其中 %n 个被服务拒绝，未对其执行任何操作。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n desktop(s) that the failed attempt left in error before sending.</source>
        <translation>
            <numerusform>发送前正在删除上次失败留下的 %n 个故障桌面。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: refused by the service, nothing was done.</source>
        <translation>%1：被服务拒绝，未执行任何操作。</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed, %4 refused.</source>
        <translation>%1：%2 个成功，%3 个失败，%4 个被拒绝。</translation>
    </message>
    <message>
        <source>The service cannot be reached since %1: %2 (%3).</source>
        <translation>自 %1 起无法访问服务：%2（%3）。</translation>
    </message>
    <message>
        <source>The jobs go on on the service; the console keeps asking.</source>
        <translation>任务在服务端继续运行；控制台会持续查询。</translation>
    </message>
    <message>
        <source>The jobs go on on the service; the console asks again at %1.</source>
        <translation>任务在服务端继续运行；控制台将于 %1 再次查询。</translation>
    </message>
    <message>
        <source>Batches and their desktops</source>
        <translation>批处理及其桌面</translation>
    </message>
</context>
<context>
    <name>wsc::LoadStateWidget</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Load again</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
</context>
<context>
    <name>wsc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Desktops</source>
        <translation>桌面(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Connection profiles (Ctrl+,)</source>
        <translation>连接配置文件（Ctrl+,）</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>从 CSV 导入用户(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Create Desktops…</source>
        <translation>创建桌面(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Assign Desktops…</source>
        <translation>分配桌面(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Create &amp;User…</source>
        <translation>创建用户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Jobs Panel</source>
        <translation>任务面板(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;About Workspace Console</source>
        <translation>关于云桌面控制台(&amp;A)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>SANDBOX — a local emulator with demo data. Nothing here touches a real cloud account.</source>
        <translation>沙盒 — 使用演示数据的本地模拟器，不会影响任何真实的云账号。</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; could not be opened.</source>
        <translation>无法打开配置文件“%1”。</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>未打开配置文件</translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation>正在打开配置文件…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未连接：%1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>○ Not connected: %1</source>
        <translation>○ 未连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>没有运行中的任务</translation>
    </message>
    <message>
        <source>⚠ Secrets in memory only</source>
        <translation>⚠ 密钥仅保存在内存中</translation>
    </message>
    <message>
        <source>No keychain service is running: passwords and secret keys are forgotten when the console closes.</source>
        <translation>没有运行中的密钥环服务：关闭控制台后密码和密钥将被清除。</translation>
    </message>
    <message>
        <source>Open a profile first.</source>
        <translation>请先打开一个配置文件。</translation>
    </message>
    <message>
        <source>Create desktops with the wizard (Ctrl+N)</source>
        <translation>使用向导创建桌面（Ctrl+N）</translation>
    </message>
    <message>
        <source>Assign desktops to users (Ctrl+Shift+A)</source>
        <translation>将桌面分配给用户（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>Create desktops for the users of a CSV file (Ctrl+I)</source>
        <translation>为 CSV 文件中的用户创建桌面（Ctrl+I）</translation>
    </message>
    <message>
        <source>No profile open.</source>
        <translation>未打开配置文件。</translation>
    </message>
    <message>
        <source>About Workspace Console</source>
        <translation>关于云桌面控制台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Workspace Console %1&lt;/h3&gt;&lt;p&gt;Provisions Huawei Cloud Workspace desktops and hands them to users.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;云桌面控制台 %1&lt;/h3&gt;&lt;p&gt;发放华为云 Workspace 云桌面并分配给用户。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>⚠ Service unreachable since %1</source>
        <translation>⚠ 自 %1 起服务无法访问</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>%1 [SANDBOX]</source>
        <translation>%1 [沙盒]</translation>
    </message>
</context>
<context>
    <name>wsc::MaintenanceInput</name>
    <message>
        <source>Turn maintenance mode &amp;on: users cannot sign in</source>
        <translation>开启维护模式(&amp;O)：用户无法登录</translation>
    </message>
    <message>
        <source>Turn maintenance mode o&amp;ff: users can sign in again</source>
        <translation>关闭维护模式(&amp;F)：用户可重新登录</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) go into maintenance mode: users cannot sign in until it is turned off.</source>
        <translation>
            <numerusform>%n 个桌面将进入维护模式：关闭维护模式之前，用户无法登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) leave maintenance mode: their users can sign in again.</source>
        <translation>
            <numerusform>%n 个桌面将退出维护模式：其用户可重新登录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::PowerInput</name>
    <message>
        <source>&amp;Force: switch off at once, without shutting down the system</source>
        <translation>强制(&amp;F)：立即断电，不正常关闭系统</translation>
    </message>
    <message>
        <source>&amp;Force: reset at once, without shutting down the system</source>
        <translation>强制(&amp;F)：立即复位，不正常关闭系统</translation>
    </message>
    <message>
        <source>&amp;Force: hibernate even when the system does not respond</source>
        <translation>强制(&amp;F)：即使系统无响应也休眠</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>强制</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be started. Their users can sign in once they run.</source>
        <translation>
            <numerusform>将开机 %n 个桌面。桌面运行后用户即可登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be shut down. Connected users are signed out and lose unsaved work.</source>
        <translation>
            <numerusform>将关机 %n 个桌面。已连接的用户将被注销，未保存的工作会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be restarted. Connected users are disconnected and lose unsaved work.</source>
        <translation>
            <numerusform>将重启 %n 个桌面。已连接的用户将断开连接，未保存的工作会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will hibernate: their memory is saved to disk and restored at the next start. Connected users are disconnected.</source>
        <translation>
            <numerusform>%n 个桌面将休眠：内存保存到磁盘，下次开机时恢复。已连接的用户将断开连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>Forced: like pulling the plug; open files may be damaged.</source>
        <translation>强制操作：相当于拔掉电源，打开的文件可能损坏。</translation>
    </message>
</context>
<context>
    <name>wsc::ProfileDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation>使用此配置文件(&amp;U)</translation>
    </message>
    <message>
        <source>The profile in use</source>
        <translation>正在使用的配置文件</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; first?</source>
        <translation>是否先保存对“%1”的更改？</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <source>Secrets Not Saved</source>
        <translation>密钥未保存</translation>
    </message>
    <message>
        <source>The keychain did not store the secrets: %1</source>
        <translation>密钥环未能保存密钥：%1</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its stored secrets? Desktops and jobs in the cloud are not affected.</source>
        <translation>删除配置文件“%1”及其保存的密钥？云上的桌面和任务不受影响。</translation>
    </message>
    <message>
        <source>IAM (sign-in)</source>
        <translation>IAM（登录）</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1：等待中</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1：正在检查…</translation>
    </message>
    <message>
        <source>✔ %1: signed in; project %2</source>
        <translation>✔ %1：已登录；项目 %2</translation>
    </message>
    <message>
        <source>✔ %1: reachable; directory %2, status %3</source>
        <translation>✔ %1：可访问；目录类型 %2，状态 %3</translation>
    </message>
    <message>
        <source>✘ %1 failed: %2</source>
        <translation>✘ %1 失败：%2</translation>
    </message>
    <message>
        <source>%1: not checked, because the project could not be found through IAM.</source>
        <translation>%1：未检查，因为无法通过 IAM 找到项目。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
</context>
<context>
    <name>wsc::ProfileEditor</name>
    <message>
        <source>CA Certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The Sandbox runs a local emulator of Workspace on this computer, with demo data and no cloud account. Desktops created here are not real and cost nothing.</source>
        <translation>沙盒在本机运行 Workspace 的本地模拟器，使用演示数据，无需云账号。在此创建的桌面不是真实的，也不产生费用。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 ID（&amp;AK）：</translation>
    </message>
    <message>
        <source>&amp;Secret key (SK):</source>
        <translation>秘密访问密钥（&amp;SK）：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Only for temporary access keys</source>
        <translation>仅用于临时访问密钥</translation>
    </message>
    <message>
        <source>A&amp;ccount:</source>
        <translation>账号(&amp;C)：</translation>
    </message>
    <message>
        <source>IAM &amp;user:</source>
        <translation>IAM 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Fill from &amp;Environment</source>
        <translation>从环境变量填写(&amp;E)</translation>
    </message>
    <message>
        <source>Reads HUAWEICLOUD_SDK_AK, _SK, _PROJECT_ID, _SECURITY_TOKEN and the endpoint variables that Huawei Cloud&apos;s SDKs use.</source>
        <translation>读取华为云 SDK 使用的 HUAWEICLOUD_SDK_AK、_SK、_PROJECT_ID、_SECURITY_TOKEN 及端点变量。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Workspace endpoint:</source>
        <translation>Workspace 端点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 端点(&amp;I)：</translation>
    </message>
    <message>
        <source>The region&apos;s (leave empty)</source>
        <translation>使用区域默认值（留空）</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>项目 ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Found from the region (leave empty)</source>
        <translation>根据区域自动获取（留空）</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User (optional)</source>
        <translation>用户（可选）</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>密码（可选）</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>校验 TLS 证书(&amp;V)</translation>
    </message>
    <message>
        <source>Extra CA &amp;file:</source>
        <translation>附加 CA 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Only for a private certificate authority</source>
        <translation>仅用于私有证书颁发机构</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Desktops per create &amp;request:</source>
        <translation>每个创建请求的桌面数(&amp;R)：</translation>
    </message>
    <message>
        <source>per assignment r&amp;equest:</source>
        <translation>每个分配请求(&amp;E)：</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain, never in the settings file.</source>
        <translation>密钥保存在系统密钥环中，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>No keychain service is running: secrets are kept in memory and forgotten when the console closes. Enter them again next time.</source>
        <translation>没有运行中的密钥环服务：密钥仅保存在内存中，关闭控制台后将被清除。下次请重新输入。</translation>
    </message>
    <message>
        <source>Re&amp;quests per second:</source>
        <translation>每秒请求数(&amp;Q)：</translation>
    </message>
    <message>
        <source>Where the pace of requests starts. It then adapts to the tenant&apos;s API limit: faster while the service keeps up, slower after an answer of 429 (too many requests).</source>
        <translation>请求速率的起点。之后速率会适应租户的 API 限流值：服务跟得上时加快，收到 429（请求过多）应答后放慢。</translation>
    </message>
    <message>
        <source>at most:</source>
        <translation>最多：</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Requests are never sent faster than this, whatever is learned. Give it when other tools share the tenant&apos;s limit.</source>
        <translation>无论学习到什么速率，请求都不会快于此值。当其他工具共用租户的限流额度时请设置。</translation>
    </message>
    <message>
        <source>Learned pace:</source>
        <translation>已学习的速率：</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>重置(&amp;S)</translation>
    </message>
    <message>
        <source>Forget the learned pace: the next session starts at the rate above.</source>
        <translation>忘记已学习的速率：下次会话从上面的速率开始。</translation>
    </message>
    <message>
        <source>%1 requests per second</source>
        <translation>每秒 %1 个请求</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚无</translation>
    </message>
</context>
<context>
    <name>wsc::QuotaPanel</name>
    <message>
        <source>%1 GB</source>
        <extracomment>An amount of memory in GB: &quot;512 GB&quot;.</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message numerus="yes">
        <source>This batch of %n desktop(s) does not fit in the tenant&apos;s quota:</source>
        <translation>
            <numerusform>这批 %n 个桌面超出了租户的配额：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the batch needs %2, %3 of the quota of %4 are left (%5 in use).</source>
        <extracomment>&quot;Desktops: the batch needs 240, 60 of the quota of 100 are left (40 in use).&quot;</extracomment>
        <translation>%1：这批需要 %2，配额 %4 中还剩 %3（已用 %5）。</translation>
    </message>
    <message>
        <source>Nothing has been sent. Make the batch smaller, delete desktops no longer needed, or ask for a higher quota.</source>
        <translation>尚未发送任何内容。请减少这批的数量、删除不再需要的桌面，或申请提高配额。</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>重新读取(&amp;A)</translation>
    </message>
    <message>
        <source>Read the quotas again</source>
        <translation>重新读取配额</translation>
    </message>
    <message>
        <source>Reading the quotas…</source>
        <translation>正在读取配额…</translation>
    </message>
    <message>
        <source>The quotas could not be read (%1); the service still checks them when the batch is sent.</source>
        <translation>无法读取配额（%1）；发送这批时服务仍会检查配额。</translation>
    </message>
    <message>
        <source>The service sets no desktop quota for this tenant.</source>
        <translation>服务未对此租户设置桌面配额。</translation>
    </message>
    <message>
        <source>GPU desktop quota: %1 of %2 left (%3 in use).</source>
        <translation>GPU 桌面配额：%2 中还剩 %1（已用 %3）。</translation>
    </message>
    <message>
        <source>Desktop quota: %1 of %2 left (%3 in use).</source>
        <translation>桌面配额：%2 中还剩 %1（已用 %3）。</translation>
    </message>
    <message>
        <source>%1: %2 in use, no limit</source>
        <translation>%1：已用 %2，不限</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1：%3 中还剩 %2</translation>
    </message>
    <message>
        <source>Other quotas: %1</source>
        <translation>其他配额：%1</translation>
    </message>
</context>
<context>
    <name>wsc::RebuildInput</name>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Time to save work:</source>
        <translation>保存工作的时间(&amp;T)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>None: at once</source>
        <translation>无：立即</translation>
    </message>
    <message>
        <source>&amp;Message to users:</source>
        <translation>给用户的消息(&amp;M)：</translation>
    </message>
    <message>
        <source>Optional, e.g. “Your desktop is updated at 18:00.”</source>
        <translation>可选，例如“您的桌面将于 18:00 更新。”</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Loading the images…</source>
        <translation>正在加载镜像…</translation>
    </message>
    <message>
        <source>The images could not be read: %1</source>
        <translation>无法读取镜像：%1</translation>
    </message>
    <message>
        <source>No image has these desktops&apos; operating system and architecture.</source>
        <translation>没有与这些桌面的操作系统和架构相同的镜像。</translation>
    </message>
    <message>
        <source>Choose the image the system disks are rebuilt from.</source>
        <translation>请选择用于重建系统盘的镜像。</translation>
    </message>
    <message numerus="yes">
        <source>The system disks of %n desktop(s) will be erased and rebuilt from the image you choose. Programs and files on the system disk are lost; data disks stay.</source>
        <translation>
            <numerusform>%n 个桌面的系统盘将被清除并用您选择的镜像重建。系统盘上的程序和文件将丢失；数据盘保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system disks of %n desktop(s) will be erased and rebuilt from %1. Programs and files on the system disk are lost; data disks stay.</source>
        <translation>
            <numerusform>%n 个桌面的系统盘将被清除并用%1重建。系统盘上的程序和文件将丢失；数据盘保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users get %n minute(s) to save their work.</source>
        <translation>
            <numerusform>用户有 %n 分钟保存工作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::RemoveDiskInput</name>
    <message>
        <source>Tick the disks to delete.</source>
        <translation>请勾选要删除的磁盘。</translation>
    </message>
    <message>
        <source>%1 — %2 GB %3</source>
        <translation>%1 — %2 GB %3</translation>
    </message>
    <message>
        <source>Data &amp;disks to delete:</source>
        <translation>要删除的数据盘(&amp;D)：</translation>
    </message>
    <message>
        <source>Data disks to delete</source>
        <translation>要删除的数据盘</translation>
    </message>
    <message>
        <source>Choose the data disks of “%1” to delete.</source>
        <translation>请选择“%1”要删除的数据盘。</translation>
    </message>
    <message numerus="yes">
        <source>%n data disk(s) of “%1” will be deleted with everything on them. This cannot be undone.</source>
        <translation>
            <numerusform>将删除“%1”的 %n 块数据盘及其上的全部内容。此操作无法撤销。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::RenameInput</name>
    <message>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Up to 15 letters, digits and “-” (a Chinese character counts as 2).</source>
        <translation>最多 15 个字母、数字和“-”（一个汉字计为 2 个）。</translation>
    </message>
    <message>
        <source>Type the new name.</source>
        <translation>请输入新名称。</translation>
    </message>
    <message>
        <source>“%1” is already the name of another desktop.</source>
        <translation>“%1”已是另一个桌面的名称。</translation>
    </message>
    <message>
        <source>The desktop “%1” will be renamed to “%2”.</source>
        <translation>桌面“%1”将重命名为“%2”。</translation>
    </message>
</context>
<context>
    <name>wsc::ResizeInput</name>
    <message>
        <source>New &amp;product:</source>
        <translation>新产品套餐(&amp;P)：</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Loading the products…</source>
        <translation>正在加载产品套餐…</translation>
    </message>
    <message>
        <source>The products could not be read: %1</source>
        <translation>无法读取产品套餐：%1</translation>
    </message>
    <message>
        <source>No product on sale fits these desktops&apos; operating system.</source>
        <translation>没有在售的产品套餐适合这些桌面的操作系统。</translation>
    </message>
    <message>
        <source>Choose the product the desktops get.</source>
        <translation>请选择桌面要变更到的产品套餐。</translation>
    </message>
    <message>
        <source>Already this product: %1. Choose another product or select other desktops.</source>
        <translation>已是该产品套餐：%1。请选择其他产品套餐或其他桌面。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the product you choose. Running desktops are shut down first: connected users are signed out and lose unsaved work.</source>
        <translation>
            <numerusform>%n 个桌面将变更为您选择的产品套餐。运行中的桌面会先关机：已连接的用户将被注销，未保存的工作会丢失。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the product %1. Running desktops are shut down first: connected users are signed out and lose unsaved work.</source>
        <translation>
            <numerusform>%n 个桌面将变更为产品套餐 %1。运行中的桌面会先关机：已连接的用户将被注销，未保存的工作会丢失。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::SandboxHost</name>
    <message>
        <source>The Sandbox emulator could not start: %1</source>
        <translation>沙盒模拟器无法启动：%1</translation>
    </message>
</context>
<context>
    <name>wsc::SecretStore</name>
    <message>
        <source>Memory-only storage was requested.</source>
        <translation>已要求仅在内存中保存。</translation>
    </message>
    <message>
        <source>no Secret Service (GNOME Keyring, KWallet) answers on the D-Bus session bus</source>
        <translation>D-Bus 会话总线上没有应答的 Secret Service（GNOME 密钥环、KWallet）</translation>
    </message>
</context>
<context>
    <name>wsc::SessionView</name>
    <message>
        <source>Opening the profile…</source>
        <translation>正在打开配置文件…</translation>
    </message>
</context>
<context>
    <name>wsc::SeverityStyleProxy</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>wsc::SharedUsersDialog</name>
    <message>
        <source>Users and groups of %1</source>
        <translation>%1 的用户和用户组</translation>
    </message>
    <message>
        <source>A shared desktop can be given to several users and user groups (at most %1). Users must exist in the directory; a group is named by its name and ID.</source>
        <translation>多用户桌面可以分配给多个用户和用户组（最多 %1 个）。用户必须已在用户目录中；用户组需提供名称和 ID。</translation>
    </message>
    <message>
        <source>Users and groups of the desktop</source>
        <translation>桌面的用户和用户组</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>User name from the directory</source>
        <translation>用户目录中的用户名</translation>
    </message>
    <message>
        <source>User name to add</source>
        <translation>要添加的用户名</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <source>Add the user</source>
        <translation>添加该用户</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>用户组(&amp;G)：</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>用户组名称</translation>
    </message>
    <message>
        <source>Group name to add</source>
        <translation>要添加的用户组名称</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>用户组 ID</translation>
    </message>
    <message>
        <source>Group ID to add</source>
        <translation>要添加的用户组 ID</translation>
    </message>
    <message>
        <source>Add gr&amp;oup</source>
        <translation>添加用户组(&amp;O)</translation>
    </message>
    <message>
        <source>Add the group</source>
        <translation>添加该用户组</translation>
    </message>
    <message>
        <source>Righ&amp;ts (user group):</source>
        <translation>权限（用户组）(&amp;T)：</translation>
    </message>
    <message>
        <source>User group of new entries</source>
        <translation>新条目的用户组</translation>
    </message>
    <message>
        <source>administrators and sudo give full control of the desktop; users and default are standard rights.</source>
        <translation>administrators 和 sudo 拥有桌面的完全控制权；users 和 default 为标准权限。</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>移除所选(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected entries</source>
        <translation>移除所选条目</translation>
    </message>
    <message>
        <source>%1, %2 (at most %3)</source>
        <translation>%1，%2（最多 %3 个）</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 个用户组</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pick from directory…</source>
        <translation>从用户目录选择(&amp;P)…</translation>
    </message>
    <message>
        <source>Pick users and groups from the directory</source>
        <translation>从用户目录选择用户和用户组</translation>
    </message>
    <message>
        <source>Users and groups for %1. Entries the desktop has already are greyed.</source>
        <translation>%1 的用户和用户组。该桌面已有的条目显示为灰色。</translation>
    </message>
</context>
<context>
    <name>wsc::TagsInput</name>
    <message>
        <source>&amp;Add or change a tag</source>
        <translation>添加或修改标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove a tag</source>
        <translation>删除标签(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Type a key, e.g. department.</source>
        <translation>请输入键，例如 department。</translation>
    </message>
    <message>
        <source>None of these desktops has the tag “%1”.</source>
        <translation>这些桌面都没有标签“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>The tag “%1” will be removed from %n desktop(s).</source>
        <translation>
            <numerusform>将从 %n 个桌面删除标签“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the tag “%1”.</source>
        <translation>
            <numerusform>%n 个桌面将添加标签“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will get the tag “%1” = “%2”.</source>
        <translation>
            <numerusform>%n 个桌面将添加标签“%1”=“%2”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::TypedCountConfirmation</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>输入 %1 以确认：</translation>
    </message>
    <message>
        <source>Number to confirm</source>
        <translation>确认数量</translation>
    </message>
    <message>
        <source>Type %1 to enable the action.</source>
        <translation>输入 %1 后才能执行此操作。</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Does not match %1</source>
        <translation>与 %1 不符</translation>
    </message>
</context>
<context>
    <name>wsc::UserTableModel</name>
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
        <source>Desktops</source>
        <translation>桌面数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>用户组</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>wsc::UsersView</name>
    <message>
        <source>Search users…</source>
        <translation>搜索用户…</translation>
    </message>
    <message>
        <source>&amp;Create User…</source>
        <translation>创建用户(&amp;C)…</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>正在加载用户…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Users of the directory</source>
        <translation>用户目录中的用户</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected user</source>
        <translation>编辑所选用户</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the selected users</source>
        <translation>锁定所选用户</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>解锁(&amp;N)</translation>
    </message>
    <message>
        <source>Unlock the selected users</source>
        <translation>解锁所选用户</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Reset the password of the selected users</source>
        <translation>重置所选用户的密码</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>删除(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the selected users</source>
        <translation>删除所选用户</translation>
    </message>
    <message>
        <source>Working on %1…</source>
        <translation>正在处理 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>已保存用户 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) locked.</source>
        <translation>
            <numerusform>已锁定 %n 个用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) unlocked.</source>
        <translation>
            <numerusform>已解锁 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message numerus="yes">
        <source>Reset the password of %n user(s)?</source>
        <translation>
            <numerusform>重置 %n 个用户的密码？</numerusform>
        </translation>
    </message>
    <message>
        <source>“Send reset notice”: the service tells each user how to set a new password. “Generate password” (one user): a random password is made and shown once.</source>
        <translation>“发送重置通知”：服务会通知每个用户如何设置新密码。“生成密码”（仅限单个用户）：生成一个随机密码，并只显示一次。</translation>
    </message>
    <message>
        <source>&amp;Send Reset Notice</source>
        <translation>发送重置通知(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Generate Password</source>
        <translation>生成密码(&amp;G)</translation>
    </message>
    <message numerus="yes">
        <source>Password reset for %n user(s): the service notifies them.</source>
        <translation>
            <numerusform>已重置 %n 个用户的密码：服务会通知他们。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new password was made for %1.</source>
        <translation>已为 %1 生成新密码。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>The new password of %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>&amp;Copy and Close</source>
        <translation>复制并关闭(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>正在删除 %n 个用户…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>wsc::WizardDisksPage</name>
    <message>
        <source>Disk %1: %2</source>
        <extracomment>A problem of one data disk: &quot;Disk 2: Data disk size must be ...&quot;.</extracomment>
        <translation>磁盘 %1：%2</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Size the system disk and add data disks. Sizes are in GB, in steps of 10.</source>
        <translation>设置系统盘大小并添加数据盘。大小以 GB 为单位，步长为 10。</translation>
    </message>
    <message>
        <source>System disk</source>
        <translation>系统盘</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>System disk type</source>
        <translation>系统盘类型</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>System disk size in GB</source>
        <translation>系统盘大小（GB）</translation>
    </message>
    <message>
        <source>Data disks</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Up to %1 data disks of 10–32760 GB each; double-click a cell to change it.</source>
        <translation>最多 %1 块数据盘，每块 10–32760 GB；双击单元格可修改。</translation>
    </message>
    <message>
        <source>&amp;Add disk</source>
        <translation>添加磁盘(&amp;A)</translation>
    </message>
    <message>
        <source>Add a data disk</source>
        <translation>添加一块数据盘</translation>
    </message>
    <message>
        <source>&amp;Remove disk</source>
        <translation>删除磁盘(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected data disks</source>
        <translation>删除所选数据盘</translation>
    </message>
    <message>
        <source>The image needs at least %1 GB.</source>
        <translation>该镜像至少需要 %1 GB。</translation>
    </message>
    <message>
        <source>At least %1 GB.</source>
        <translation>至少 %1 GB。</translation>
    </message>
    <message>
        <source>&amp;IOPS:</source>
        <translation>IOPS(&amp;I)：</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>System disk IOPS</source>
        <translation>系统盘 IOPS</translation>
    </message>
    <message>
        <source>T&amp;hroughput:</source>
        <translation>吞吐量(&amp;H)：</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>System disk throughput in MiB/s</source>
        <translation>系统盘吞吐量（MiB/s）</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>加密密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>KMS key ID; empty: not encrypted</source>
        <translation>KMS 密钥 ID；留空则不加密</translation>
    </message>
    <message>
        <source>KMS key ID that encrypts the system disk</source>
        <translation>用于加密系统盘的 KMS 密钥 ID</translation>
    </message>
</context>
<context>
    <name>wsc::WizardEipPage</name>
    <message>
        <source>Public IP (EIP)</source>
        <translation>公网 IP（EIP）</translation>
    </message>
    <message>
        <source>Decide whether the desktops get their own elastic public IP.</source>
        <translation>决定桌面是否拥有自己的弹性公网 IP。</translation>
    </message>
    <message>
        <source>No &amp;EIP: the desktops reach the internet through the workspace</source>
        <translation>不使用 EIP(&amp;E)：桌面通过工作空间访问互联网</translation>
    </message>
    <message>
        <source>No EIP</source>
        <translation>不使用 EIP</translation>
    </message>
    <message>
        <source>Bind an e&amp;xisting EIP</source>
        <translation>绑定已有 EIP(&amp;X)</translation>
    </message>
    <message>
        <source>Bind an existing EIP</source>
        <translation>绑定已有 EIP</translation>
    </message>
    <message>
        <source>EIP &amp;ID:</source>
        <translation>EIP ID(&amp;I)：</translation>
    </message>
    <message>
        <source>ID of the EIP to bind</source>
        <translation>要绑定的 EIP 的 ID</translation>
    </message>
    <message>
        <source>e.g. 2f1b3c4d-…</source>
        <translation>例如 2f1b3c4d-…</translation>
    </message>
    <message>
        <source>Bu&amp;y a new EIP for each desktop</source>
        <translation>为每个桌面购买新的 EIP(&amp;Y)</translation>
    </message>
    <message>
        <source>Buy a new EIP</source>
        <translation>购买新的 EIP</translation>
    </message>
    <message>
        <source>&amp;Line:</source>
        <translation>线路(&amp;L)：</translation>
    </message>
    <message>
        <source>EIP line type</source>
        <translation>EIP 线路类型</translation>
    </message>
    <message>
        <source>Billin&amp;g:</source>
        <translation>计费方式(&amp;G)：</translation>
    </message>
    <message>
        <source>EIP billing</source>
        <translation>EIP 计费方式</translation>
    </message>
    <message>
        <source>Band&amp;width:</source>
        <translation>带宽(&amp;W)：</translation>
    </message>
    <message>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <source>EIP bandwidth in Mbit/s</source>
        <translation>EIP 带宽（Mbit/s）</translation>
    </message>
</context>
<context>
    <name>wsc::WizardImagePage</name>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Choose the system image installed on every desktop. Only images for the product&apos;s operating system and architecture are listed.</source>
        <translation>选择每个桌面安装的系统镜像。只列出适用于所选产品操作系统和架构的镜像。</translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation>镜像类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Public images</source>
        <translation>公共镜像(&amp;P)</translation>
    </message>
    <message>
        <source>Public (gold) images</source>
        <translation>公共（gold）镜像</translation>
    </message>
    <message>
        <source>P&amp;rivate images</source>
        <translation>私有镜像(&amp;R)</translation>
    </message>
    <message>
        <source>Private images</source>
        <translation>私有镜像</translation>
    </message>
    <message>
        <source>&amp;Marketplace images</source>
        <translation>市场镜像(&amp;M)</translation>
    </message>
    <message>
        <source>Marketplace images</source>
        <translation>市场镜像</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Choose a product first to see the images that fit it.</source>
        <translation>请先选择产品，以查看适用的镜像。</translation>
    </message>
    <message>
        <source>any system</source>
        <translation>任意系统</translation>
    </message>
    <message>
        <source>Images for %1 on %2 (product %3, %4 GB memory).</source>
        <translation>适用于 %2 架构 %1 的镜像（产品 %3，内存 %4 GB）。</translation>
    </message>
</context>
<context>
    <name>wsc::WizardNetworkPage</name>
    <message>
        <source>NIC %1: %2</source>
        <extracomment>A problem of one NIC: &quot;NIC 2: ...&quot;.</extracomment>
        <translation>网卡 %1：%2</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Choose the subnets of the desktops&apos; network cards and the security groups that filter their traffic.</source>
        <translation>选择桌面网卡所在的子网，以及过滤其流量的安全组。</translation>
    </message>
    <message>
        <source>Network interfaces (NICs)</source>
        <translation>网卡（NIC）</translation>
    </message>
    <message>
        <source>Up to %1 NICs, the first one primary. With none, each desktop gets one NIC on the workspace&apos;s default subnet.</source>
        <translation>最多 %1 块网卡，第一块为主网卡。不添加时，每个桌面在工作空间的默认子网上获得一块网卡。</translation>
    </message>
    <message>
        <source>S&amp;ubnet:</source>
        <translation>子网(&amp;U)：</translation>
    </message>
    <message>
        <source>Subnet to add</source>
        <translation>要添加的子网</translation>
    </message>
    <message>
        <source>&amp;Add NIC</source>
        <translation>添加网卡(&amp;A)</translation>
    </message>
    <message>
        <source>Add a NIC on the chosen subnet</source>
        <translation>在所选子网上添加网卡</translation>
    </message>
    <message>
        <source>NICs, in order</source>
        <translation>网卡（按顺序）</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move the NIC up</source>
        <translation>将网卡上移</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Move the NIC down</source>
        <translation>将网卡下移</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the NIC</source>
        <translation>删除网卡</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Tick up to %1 groups (space bar on the selected one). The workspace&apos;s desktop group is ticked until you change it.</source>
        <translation>最多勾选 %1 个安全组（对选中项按空格键）。在您更改之前，默认勾选工作空间的桌面安全组。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A subnet in the list: &quot;subnet-office (192.168.0.0/18)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>wsc::WizardPage</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsc::WizardReviewPage</name>
    <message>
        <source>Review and submit</source>
        <translation>检查并提交</translation>
    </message>
    <message>
        <source>Check what will be created and the exact requests that will be sent. Submit hands them to the jobs panel, which follows them to the end.</source>
        <translation>检查将要创建的内容以及将发送的确切请求。提交后由任务面板接管并跟踪到结束。</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>Summary of the desktops to create</source>
        <translation>要创建的桌面摘要</translation>
    </message>
    <message>
        <source>&amp;Requests:</source>
        <translation>请求(&amp;R)：</translation>
    </message>
    <message>
        <source>Requests of the batch</source>
        <translation>本批次的请求</translation>
    </message>
    <message>
        <source>JSON bod&amp;y of the selected request:</source>
        <translation>所选请求的 JSON 请求体(&amp;Y)：</translation>
    </message>
    <message>
        <source>JSON body of the selected request</source>
        <translation>所选请求的 JSON 请求体</translation>
    </message>
    <message>
        <source>&amp;Copy body</source>
        <translation>复制请求体(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the exact JSON body</source>
        <translation>复制确切的 JSON 请求体</translation>
    </message>
    <message>
        <source>Copies the body exactly as it will be sent (compact JSON).</source>
        <translation>按将要发送的原样复制请求体（紧凑 JSON）。</translation>
    </message>
    <message>
        <source>Request %1: desktops %2–%3</source>
        <extracomment>One request of the batch in the list: &quot;Request 2: desktops 51–100&quot;.</extracomment>
        <translation>请求 %1：桌面 %2–%3</translation>
    </message>
    <message>
        <source>%1 → %2 (at most %3 per request)</source>
        <extracomment>The chunk plan: &quot;240 desktops → 5 requests (at most 50 desktops per request)&quot;.</extracomment>
        <translation>%1 → %2（每个请求最多 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared desktop(s)</source>
        <translation>
            <numerusform>%n 个共享桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dedicated desktop(s)</source>
        <translation>
            <numerusform>%n 个专属桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, one for each user in the table.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，表格中的每个用户一个。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; named “%2”, not assigned to anyone yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，名为“%2”，暂不分配给任何人。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; named after the prefix “%2”, not assigned to anyone yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，以“%2”为名称前缀，暂不分配给任何人。</translation>
    </message>
    <message>
        <source>in the availability zone the service chooses</source>
        <translation>位于服务选择的可用区</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>位于 %1</translation>
    </message>
    <message>
        <source>in %1 (%2)</source>
        <translation>位于 %1（%2）</translation>
    </message>
    <message>
        <source>Product &lt;b&gt;%1&lt;/b&gt;: %2, %3 vCPUs, %4 GB memory%5, %6.</source>
        <translation>产品 &lt;b&gt;%1&lt;/b&gt;：%2，%3 个 vCPU，%4 GB 内存%5，%6。</translation>
    </message>
    <message>
        <source>, GPU %1</source>
        <translation>，GPU %1</translation>
    </message>
    <message>
        <source>Product &lt;b&gt;%1&lt;/b&gt;, %2.</source>
        <translation>产品 &lt;b&gt;%1&lt;/b&gt;，%2。</translation>
    </message>
    <message>
        <source>Image &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>镜像 &lt;b&gt;%1&lt;/b&gt;（%2）。</translation>
    </message>
    <message>
        <source>%1 GB %2</source>
        <translation>%1 GB %2</translation>
    </message>
    <message>
        <source>System disk %1 GB %2</source>
        <translation>系统盘 %1 GB %2</translation>
    </message>
    <message>
        <source>%1; no data disks.</source>
        <translation>%1；无数据盘。</translation>
    </message>
    <message>
        <source>%1; data disks: %2.</source>
        <translation>%1；数据盘：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>One NIC on the workspace&apos;s default subnet.</source>
        <translation>在工作空间默认子网上的一块网卡。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>NICs, in order: %1.</source>
        <translation>网卡（按顺序）：%1。</translation>
    </message>
    <message>
        <source>The workspace&apos;s default security group.</source>
        <translation>工作空间的默认安全组。</translation>
    </message>
    <message>
        <source>Security groups: %1.</source>
        <translation>安全组：%1。</translation>
    </message>
    <message>
        <source>No public IP of their own.</source>
        <translation>没有自己的公网 IP。</translation>
    </message>
    <message>
        <source>Bind the existing EIP %1.</source>
        <translation>绑定已有 EIP %1。</translation>
    </message>
    <message>
        <source>Each user gets an e-mail when the desktop is ready.</source>
        <translation>桌面就绪后，每个用户会收到一封电子邮件。</translation>
    </message>
    <message>
        <source>No e-mail is sent to the users.</source>
        <translation>不向用户发送电子邮件。</translation>
    </message>
    <message>
        <source>Enterprise project %1.</source>
        <translation>企业项目 %1。</translation>
    </message>
    <message>
        <source>Tags: %1.</source>
        <translation>标签：%1。</translation>
    </message>
    <message>
        <source>Sending the first request and waiting for the service&apos;s answer…</source>
        <translation>正在发送第一个请求并等待服务答复…</translation>
    </message>
    <message>
        <source>The service refused the batch: %1</source>
        <translation>服务拒绝了该批次：%1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求 ID %1</translation>
    </message>
    <message>
        <source>Bind the existing EIP %1 (an id is bound first; the settings for a new EIP are not used).</source>
        <translation>绑定已有 EIP %1（优先绑定 ID；新 EIP 的设置不会使用）。</translation>
    </message>
    <message>
        <source>An EIP with the service&apos;s default settings.</source>
        <translation>使用服务默认设置的 EIP。</translation>
    </message>
    <message>
        <source>the default line</source>
        <translation>默认线路</translation>
    </message>
    <message>
        <source>the default billing</source>
        <translation>默认计费方式</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source>the default bandwidth</source>
        <translation>默认带宽</translation>
    </message>
    <message numerus="yes">
        <source>This batch creates %n desktop(s), more than %1 at once.</source>
        <translation>
            <numerusform>这批一次创建 %n 个桌面，超过 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n from %1</source>
        <translation>
            <numerusform>%n 行来自 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n typed or pasted</source>
        <translation>
            <numerusform>%n 行手动输入或粘贴</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, one for each user in the table (%2).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，表中每个用户一台（%2）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>A new EIP each; line: %1; billing: %2; bandwidth: %3.</source>
        <translation>每台桌面一个新 EIP；线路：%1；计费：%2；带宽：%3。</translation>
    </message>
</context>
<context>
    <name>wsc::WizardTypePage</name>
    <message>
        <source>Desktop type and product</source>
        <translation>桌面类型和产品</translation>
    </message>
    <message>
        <source>Choose how the desktops are used, where they run and the product (vCPUs, memory, GPU) each of them gets.</source>
        <translation>选择桌面的使用方式、运行位置，以及每个桌面的产品规格（vCPU、内存、GPU）。</translation>
    </message>
    <message>
        <source>Desktop type</source>
        <translation>桌面类型</translation>
    </message>
    <message>
        <source>&amp;Dedicated: one user per desktop</source>
        <translation>专属(&amp;D)：每个桌面一个用户</translation>
    </message>
    <message>
        <source>Dedicated desktops</source>
        <translation>专属桌面</translation>
    </message>
    <message>
        <source>S&amp;hared: several users sign in to one desktop</source>
        <translation>共享(&amp;H)：多个用户登录同一个桌面</translation>
    </message>
    <message>
        <source>Shared desktops</source>
        <translation>共享桌面</translation>
    </message>
    <message>
        <source>Availability &amp;zone:</source>
        <translation>可用区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Availability zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Where the desktops run. The default lets the service choose.</source>
        <translation>桌面运行的位置。默认由服务选择。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>List the availability zones again</source>
        <translation>重新获取可用区列表</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>企业项目 ID(&amp;E)：</translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation>企业项目 ID</translation>
    </message>
    <message>
        <source>Empty or 0: the default project</source>
        <translation>留空或 0：默认项目</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>筛选产品</translation>
    </message>
    <message>
        <source>Words in the name, description, CPU or GPU</source>
        <translation>名称、描述、CPU 或 GPU 中的关键字</translation>
    </message>
    <message>
        <source>O&amp;S:</source>
        <translation>操作系统(&amp;S)：</translation>
    </message>
    <message>
        <source>Show products for this operating system</source>
        <translation>显示适用于此操作系统的产品</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Archi&amp;tecture:</source>
        <translation>架构(&amp;T)：</translation>
    </message>
    <message>
        <source>Show products of this architecture</source>
        <translation>显示此架构的产品</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>The availability zones could not be listed: %1 %2 The default zone can still be used.</source>
        <extracomment>The zones could not be listed: cause, then what to do. The default zone still works.</extracomment>
        <translation>无法获取可用区列表：%1 %2 仍可使用默认可用区。</translation>
    </message>
    <message>
        <source>Loading the availability zones…</source>
        <translation>正在加载可用区…</translation>
    </message>
    <message>
        <source>Default (the service chooses)</source>
        <translation>默认（由服务选择）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An availability zone in the list: its name and code, e.g. &quot;AZ1 (cn-north-4a)&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>wsc::WizardUsersPage</name>
    <message>
        <source>CSV line %1: %2</source>
        <extracomment>A problem of one user row that came from a CSV file (the row header shows the same line number).</extracomment>
        <translation>CSV 第 %1 行：%2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A problem of one user row typed in the table.</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Tag %1: %2</source>
        <extracomment>A problem of one tag: &quot;Tag 2: ...&quot;.</extracomment>
        <translation>标签 %1：%2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Make one desktop per user (type, paste from a spreadsheet or import a CSV file), or unassigned desktops to hand out later.</source>
        <translation>为每个用户创建一个桌面（手动输入、从电子表格粘贴或导入 CSV 文件），或创建稍后再分配的未分配桌面。</translation>
    </message>
    <message>
        <source>Desktops for &amp;users</source>
        <translation>为用户创建桌面(&amp;U)</translation>
    </message>
    <message>
        <source>Desktops for users</source>
        <translation>为用户创建桌面</translation>
    </message>
    <message>
        <source>Unassi&amp;gned desktops</source>
        <translation>未分配的桌面(&amp;G)</translation>
    </message>
    <message>
        <source>Unassigned desktops</source>
        <translation>未分配的桌面</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>Add a user row</source>
        <translation>添加一行用户</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>删除行(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected user rows</source>
        <translation>删除所选用户行</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet</source>
        <translation>粘贴从电子表格复制的行</translation>
    </message>
    <message>
        <source>Pastes tab-separated rows (copied from Excel or another spreadsheet) at the selected cell. Ctrl+V on the table does the same.</source>
        <translation>在所选单元格处粘贴以制表符分隔的行（从 Excel 或其他电子表格复制）。在表格上按 Ctrl+V 效果相同。</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>粘贴行</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import users from a CSV file</source>
        <translation>从 CSV 文件导入用户</translation>
    </message>
    <message>
        <source>Desktop na&amp;me:</source>
        <translation>桌面名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Desktop name or prefix</source>
        <translation>桌面名称或前缀</translation>
    </message>
    <message>
        <source>e.g. lab</source>
        <translation>例如 lab</translation>
    </message>
    <message>
        <source>Number of des&amp;ktops:</source>
        <translation>桌面数量(&amp;K)：</translation>
    </message>
    <message>
        <source>Number of desktops</source>
        <translation>桌面数量</translation>
    </message>
    <message>
        <source>With more than one desktop the name is a prefix (at most 13 characters); the service numbers the desktops. Assign them to users later.</source>
        <translation>桌面多于一个时，名称作为前缀（最多 13 个字符），由服务为桌面编号。稍后再将其分配给用户。</translation>
    </message>
    <message>
        <source>Send each user an &amp;e-mail when the desktop is ready</source>
        <translation>桌面就绪后向每个用户发送电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>E-mail notification</source>
        <translation>电子邮件通知</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>添加标签(&amp;T)</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>添加一个标签</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>删除标签(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected tags</source>
        <translation>删除所选标签</translation>
    </message>
    <message>
        <source>No users yet: add rows, paste them or import a CSV file.</source>
        <translation>还没有用户：请添加行、粘贴或导入 CSV 文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s), one per row:</source>
        <translation>
            <numerusform>%n 个桌面，每行一个：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <extracomment>&quot;240 desktops, 3 rows with errors:&quot;</extracomment>
        <translation>%1，%2：</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no rows to paste. Copy cells from a spreadsheet first.</source>
        <translation>剪贴板中没有可粘贴的行。请先从电子表格复制单元格。</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>导入用户</translation>
    </message>
    <message numerus="yes">
        <source>The table already has %n row(s). Replace them with the imported users, or add the imported users after them?</source>
        <translation>
            <numerusform>表格中已有 %n 行。用导入的用户替换它们，还是将导入的用户添加到其后？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd after them</source>
        <translation>添加到其后(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Choose from Directory…</source>
        <translation>从用户目录选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose users from the directory</source>
        <translation>从用户目录选择用户</translation>
    </message>
    <message>
        <source>Lists the directory&apos;s users with a search; the users chosen get a row each.</source>
        <translation>列出用户目录中的用户并可搜索；每个选中的用户占一行。</translation>
    </message>
    <message>
        <source>Each user chosen gets a desktop (one row each). Users already in the table are greyed.</source>
        <translation>每个选中的用户获得一个桌面（各占一行）。表格中已有的用户显示为灰色。</translation>
    </message>
</context>
</TS>
