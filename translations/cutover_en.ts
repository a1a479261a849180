<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cutover::AboutDialog</name>
    <message>
        <source>About Cutover</source>
        <comment>@title:window</comment>
        <translation>About Cutover</translation>
    </message>
    <message>
        <source>Cutover %1</source>
        <comment>@title</comment>
        <extracomment>%1: version number</extracomment>
        <translation>Cutover %1</translation>
    </message>
    <message>
        <source>Moves an appliance — settings, data, license, certificates and traffic logs — to a new one.</source>
        <comment>@info</comment>
        <translation>Moves an appliance — settings, data, license, certificates and traffic logs — to a new one.</translation>
    </message>
    <message>
        <source>Cutover is free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <comment>@info</comment>
        <translation>Cutover is free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <comment>@info list of libraries</comment>
        <translation>Built on:</translation>
    </message>
</context>
<context>
    <name>cutover::AddressValidator</name>
    <message>
        <source>Enter the IP address or host name of the appliance.</source>
        <translation>Enter the IP address or host name of the appliance.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces. An address or host name has no spaces; remove them.</source>
        <extracomment>%1: the text the user typed</extracomment>
        <translation>&quot;%1&quot; contains spaces. An address or host name has no spaces; remove them.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web address (URL). Enter only the appliance&apos;s address or host name: %2</source>
        <extracomment>%1: the URL typed, %2: the host name in it</extracomment>
        <translation>&quot;%1&quot; is a web address (URL). Enter only the appliance&apos;s address or host name: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web address (URL). Enter only the appliance&apos;s address or host name.</source>
        <translation>&quot;%1&quot; is a web address (URL). Enter only the appliance&apos;s address or host name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a port number. Cutover uses the ports 80, 443, 3306 (and 22) on its own; enter only the address: %2</source>
        <translation>&quot;%1&quot; includes a port number. Cutover uses the ports 80, 443, 3306 (and 22) on its own; enter only the address: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a port number. Enter only the address, without &quot;:port&quot;.</source>
        <translation>&quot;%1&quot; includes a port number. Enter only the address, without &quot;:port&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a path (&quot;/…&quot;). Enter only the address or host name: %2</source>
        <translation>&quot;%1&quot; includes a path (&quot;/…&quot;). Enter only the address or host name: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a user name (&quot;…@&quot;). Enter only the address or host name (%2); the admin password goes into its own field.</source>
        <translation>&quot;%1&quot; includes a user name (&quot;…@&quot;). Enter only the address or host name (%2); the admin password goes into its own field.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete IPv4 address. It needs four numbers from 0 to 255 separated by dots, without leading zeros, such as 192.168.1.20.</source>
        <translation>&quot;%1&quot; is not a complete IPv4 address. It needs four numbers from 0 to 255 separated by dots, without leading zeros, such as 192.168.1.20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address. Check the groups of hexadecimal digits and the colons, e.g. fd00::20 (brackets are optional, a port is not allowed).</source>
        <translation>&quot;%1&quot; is not a valid IPv6 address. Check the groups of hexadecimal digits and the colons, e.g. fd00::20 (brackets are optional, a port is not allowed).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;, which is not allowed in a host name. Use letters, digits, hyphens and dots only.</source>
        <extracomment>%1: the input, %2: the offending character</extracomment>
        <translation>&quot;%1&quot; contains &quot;%2&quot;, which is not allowed in a host name. Use letters, digits, hyphens and dots only.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots (or starts with a dot). Check the host name.</source>
        <translation>&quot;%1&quot; has an empty part between dots (or starts with a dot). Check the host name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part longer than 63 characters, which host names do not allow.</source>
        <translation>&quot;%1&quot; has a part longer than 63 characters, which host names do not allow.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 253 characters, which host names do not allow.</source>
        <translation>&quot;%1&quot; is longer than 253 characters, which host names do not allow.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part that starts or ends with a hyphen (&quot;%2&quot;), which host names do not allow.</source>
        <translation>&quot;%1&quot; has a part that starts or ends with a hyphen (&quot;%2&quot;), which host names do not allow.</translation>
    </message>
    <message>
        <source>Address of the source system</source>
        <translation>Address of the source system</translation>
    </message>
    <message>
        <source>Address of the target system</source>
        <translation>Address of the target system</translation>
    </message>
    <message>
        <source>%1 is a valid address.</source>
        <extracomment>%1: normalised address</extracomment>
        <translation>%1 is a valid address.</translation>
    </message>
    <message>
        <source>Correct the address and check again.</source>
        <translation>Correct the address and check again.</translation>
    </message>
</context>
<context>
    <name>cutover::ApiError</name>
    <message>
        <source>Nothing was sent to %1: the address, the user name or the password is empty. Fill in every field.</source>
        <translation>Nothing was sent to %1: the address, the user name or the password is empty. Fill in every field.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the name does not resolve or there is no route to it. Check the address and the network connection between the two systems.</source>
        <extracomment>%1: host name or address</extracomment>
        <translation>%1 cannot be reached: the name does not resolve or there is no route to it. Check the address and the network connection between the two systems.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the port is closed or the appliance service is not running. Check that the address belongs to the appliance and that port 443 is open.</source>
        <translation>%1 refused the connection: the port is closed or the appliance service is not running. Check that the address belongs to the appliance and that port 443 is open.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. A firewall may be dropping the traffic, or the system is overloaded. Check that port 443 is open between the two systems and try again.</source>
        <translation>%1 did not answer in time. A firewall may be dropping the traffic, or the system is overloaded. Check that port 443 is open between the two systems and try again.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not complete a secure (TLS) handshake: another service may be answering on this port. Check that the address belongs to the appliance.</source>
        <translation>%1 accepted the connection but did not complete a secure (TLS) handshake: another service may be answering on this port. Check that the address belongs to the appliance.</translation>
    </message>
    <message>
        <source>%1 presented a certificate that has not been trusted yet. Its SHA-256 fingerprint is %2. Compare it with the one shown on the appliance&apos;s console and accept it to continue.</source>
        <extracomment>%1: host, %2: SHA-256 fingerprint</extracomment>
        <translation>%1 presented a certificate that has not been trusted yet. Its SHA-256 fingerprint is %2. Compare it with the one shown on the appliance&apos;s console and accept it to continue.</translation>
    </message>
    <message>
        <source>Warning: %1 presented a different certificate than the one trusted before (expected %2, got %3). Someone may be intercepting the connection, or the certificate was renewed. The migration stops here; verify the fingerprint on the appliance before trusting the new one.</source>
        <extracomment>%1: host, %2: expected fingerprint, %3: presented fingerprint</extracomment>
        <translation>Warning: %1 presented a different certificate than the one trusted before (expected %2, got %3). Someone may be intercepting the connection, or the certificate was renewed. The migration stops here; verify the fingerprint on the appliance before trusting the new one.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not what the appliance API sends. Another service may be answering, or the appliance software is not compatible with this version of Cutover.</source>
        <translation>%1 sent an answer that is not what the appliance API sends. Another service may be answering, or the appliance software is not compatible with this version of Cutover.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed in the middle of an answer. Check the network and try again.</source>
        <translation>The connection to %1 was closed in the middle of an answer. Check the network and try again.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password. Enter the admin password of this appliance again.</source>
        <translation>%1 rejected the user name or password. Enter the admin password of this appliance again.</translation>
    </message>
    <message>
        <source>The session on %1 has ended. Log in again.</source>
        <translation>The session on %1 has ended. Log in again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 blocks logins after too many wrong passwords. Wait %n second(s), then enter the correct password.</source>
        <extracomment>%1: host, %n: seconds</extracomment>
        <translation>
            <numerusform>%1 blocks logins after too many wrong passwords. Wait %n second, then enter the correct password.</numerusform>
            <numerusform>%1 blocks logins after too many wrong passwords. Wait %n seconds, then enter the correct password.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 blocks logins after too many wrong passwords. Wait a while, then enter the correct password.</source>
        <translation>%1 blocks logins after too many wrong passwords. Wait a while, then enter the correct password.</translation>
    </message>
    <message>
        <source>%1 is in maintenance mode and refuses this request. Leave maintenance on the appliance (or resume or back out the interrupted migration), then try again.</source>
        <translation>%1 is in maintenance mode and refuses this request. Leave maintenance on the appliance (or resume or back out the interrupted migration), then try again.</translation>
    </message>
    <message>
        <source>%1 already holds an active license, so the license cannot be moved onto it. Turn off Migrate License, or release the license there first.</source>
        <translation>%1 already holds an active license, so the license cannot be moved onto it. Turn off Migrate License, or release the license there first.</translation>
    </message>
    <message>
        <source>%1 has no active license to export or invalidate. Turn off Migrate License.</source>
        <translation>%1 has no active license to export or invalidate. Turn off Migrate License.</translation>
    </message>
    <message>
        <source>%1 refused the license: its vendor signature does not verify. The license document may be damaged; contact your dealer.</source>
        <translation>%1 refused the license: its vendor signature does not verify. The license document may be damaged; contact your dealer.</translation>
    </message>
    <message>
        <source>The database of %1 is not reachable, so the appliance cannot answer this. Check that its database service runs (restart the appliance if needed), then try again.</source>
        <translation>The database of %1 is not reachable, so the appliance cannot answer this. Check that its database service runs (restart the appliance if needed), then try again.</translation>
    </message>
    <message>
        <source>%1 did not receive the whole request in time. The network between the two systems may be slow or interrupted; try again.</source>
        <translation>%1 did not receive the whole request in time. The network between the two systems may be slow or interrupted; try again.</translation>
    </message>
    <message>
        <source>%1 could not read a request from Cutover (%2). A proxy between the two systems may be changing the traffic, or the versions do not fit; see the report for details.</source>
        <extracomment>%1: host, %2: API error code</extracomment>
        <translation>%1 could not read a request from Cutover (%2). A proxy between the two systems may be changing the traffic, or the versions do not fit; see the report for details.</translation>
    </message>
    <message>
        <source>%1 refused the request because it is too large.</source>
        <translation>%1 refused the request because it is too large.</translation>
    </message>
    <message>
        <source>%1 did not understand a request from Cutover (%2). The appliance software may not be compatible with this version of Cutover; see the report for details.</source>
        <extracomment>%1: host, %2: API error code (and field)</extracomment>
        <translation>%1 did not understand a request from Cutover (%2). The appliance software may not be compatible with this version of Cutover; see the report for details.</translation>
    </message>
    <message>
        <source>Something failed inside %1. The details are in the appliance&apos;s log; check it, then try again.</source>
        <translation>Something failed inside %1. The details are in the appliance&apos;s log; check it, then try again.</translation>
    </message>
    <message>
        <source>%1 rejected the login. Enter the admin password again.</source>
        <translation>%1 rejected the login. Enter the admin password again.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable. Try again in a moment.</source>
        <translation>%1 is temporarily unavailable. Try again in a moment.</translation>
    </message>
    <message>
        <source>Nothing was sent to the appliance: the address, the user name or the password is empty. Fill in every field.</source>
        <translation>Nothing was sent to the appliance: the address, the user name or the password is empty. Fill in every field.</translation>
    </message>
    <message>
        <source>The appliance cannot be reached: the name does not resolve or there is no route to it. Check the address and the network connection between the two systems.</source>
        <translation>The appliance cannot be reached: the name does not resolve or there is no route to it. Check the address and the network connection between the two systems.</translation>
    </message>
    <message>
        <source>The appliance refused the connection: the port is closed or the appliance service is not running. Check that the address belongs to the appliance and that port 443 is open.</source>
        <translation>The appliance refused the connection: the port is closed or the appliance service is not running. Check that the address belongs to the appliance and that port 443 is open.</translation>
    </message>
    <message>
        <source>The appliance did not answer in time. A firewall may be dropping the traffic, or the system is overloaded. Check that port 443 is open between the two systems and try again.</source>
        <translation>The appliance did not answer in time. A firewall may be dropping the traffic, or the system is overloaded. Check that port 443 is open between the two systems and try again.</translation>
    </message>
    <message>
        <source>The appliance accepted the connection but did not complete a secure (TLS) handshake: another service may be answering on this port. Check the address.</source>
        <translation>The appliance accepted the connection but did not complete a secure (TLS) handshake: another service may be answering on this port. Check the address.</translation>
    </message>
    <message>
        <source>The appliance presented a certificate that has not been trusted yet. Its SHA-256 fingerprint is %1. Compare it with the one shown on the appliance&apos;s console and accept it to continue.</source>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>The appliance presented a certificate that has not been trusted yet. Its SHA-256 fingerprint is %1. Compare it with the one shown on the appliance&apos;s console and accept it to continue.</translation>
    </message>
    <message>
        <source>Warning: the appliance presented a different certificate than the one trusted before (expected %1, got %2). Someone may be intercepting the connection, or the certificate was renewed. The migration stops here; verify the fingerprint on the appliance before trusting the new one.</source>
        <extracomment>%1: expected fingerprint, %2: presented fingerprint</extracomment>
        <translation>Warning: the appliance presented a different certificate than the one trusted before (expected %1, got %2). Someone may be intercepting the connection, or the certificate was renewed. The migration stops here; verify the fingerprint on the appliance before trusting the new one.</translation>
    </message>
    <message>
        <source>The appliance sent an answer that is not what the appliance API sends. Another service may be answering, or the appliance software is not compatible with this version of Cutover.</source>
        <translation>The appliance sent an answer that is not what the appliance API sends. Another service may be answering, or the appliance software is not compatible with this version of Cutover.</translation>
    </message>
    <message>
        <source>The connection to the appliance was closed in the middle of an answer. Check the network and try again.</source>
        <translation>The connection to the appliance was closed in the middle of an answer. Check the network and try again.</translation>
    </message>
    <message>
        <source>The appliance rejected the user name or password. Enter its admin password again.</source>
        <translation>The appliance rejected the user name or password. Enter its admin password again.</translation>
    </message>
    <message>
        <source>The session on the appliance has ended. Log in again.</source>
        <translation>The session on the appliance has ended. Log in again.</translation>
    </message>
    <message numerus="yes">
        <source>The appliance blocks logins after too many wrong passwords. Wait %n second(s), then enter the correct password.</source>
        <translation>
            <numerusform>The appliance blocks logins after too many wrong passwords. Wait %n second, then enter the correct password.</numerusform>
            <numerusform>The appliance blocks logins after too many wrong passwords. Wait %n seconds, then enter the correct password.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appliance blocks logins after too many wrong passwords. Wait a while, then enter the correct password.</source>
        <translation>The appliance blocks logins after too many wrong passwords. Wait a while, then enter the correct password.</translation>
    </message>
    <message>
        <source>The appliance is in maintenance mode and refuses this request. Leave maintenance on it (or resume or back out the interrupted migration), then try again.</source>
        <translation>The appliance is in maintenance mode and refuses this request. Leave maintenance on it (or resume or back out the interrupted migration), then try again.</translation>
    </message>
    <message>
        <source>The appliance already holds an active license, so the license cannot be moved onto it. Turn off Migrate License, or release the license there first.</source>
        <translation>The appliance already holds an active license, so the license cannot be moved onto it. Turn off Migrate License, or release the license there first.</translation>
    </message>
    <message>
        <source>The appliance has no active license to export or invalidate. Turn off Migrate License.</source>
        <translation>The appliance has no active license to export or invalidate. Turn off Migrate License.</translation>
    </message>
    <message>
        <source>The appliance refused the license: its vendor signature does not verify. The license document may be damaged; contact your dealer.</source>
        <translation>The appliance refused the license: its vendor signature does not verify. The license document may be damaged; contact your dealer.</translation>
    </message>
    <message>
        <source>The appliance&apos;s database is not reachable, so the appliance cannot answer this. Check that its database service runs (restart the appliance if needed), then try again.</source>
        <translation>The appliance&apos;s database is not reachable, so the appliance cannot answer this. Check that its database service runs (restart the appliance if needed), then try again.</translation>
    </message>
    <message>
        <source>The appliance did not receive the whole request in time. The network between the two systems may be slow or interrupted; try again.</source>
        <translation>The appliance did not receive the whole request in time. The network between the two systems may be slow or interrupted; try again.</translation>
    </message>
    <message>
        <source>The appliance could not read a request from Cutover (%1). A proxy between the two systems may be changing the traffic, or the versions do not fit; see the report for details.</source>
        <extracomment>%1: API error code</extracomment>
        <translation>The appliance could not read a request from Cutover (%1). A proxy between the two systems may be changing the traffic, or the versions do not fit; see the report for details.</translation>
    </message>
    <message>
        <source>The appliance refused the request because it is too large.</source>
        <translation>The appliance refused the request because it is too large.</translation>
    </message>
    <message>
        <source>The appliance did not understand a request from Cutover (%1). Its software may not be compatible with this version of Cutover; see the report for details.</source>
        <extracomment>%1: API error code (and field)</extracomment>
        <translation>The appliance did not understand a request from Cutover (%1). Its software may not be compatible with this version of Cutover; see the report for details.</translation>
    </message>
    <message>
        <source>Something failed inside the appliance. The details are in its log; check it, then try again.</source>
        <translation>Something failed inside the appliance. The details are in its log; check it, then try again.</translation>
    </message>
    <message>
        <source>The appliance rejected the login. Enter the admin password again.</source>
        <translation>The appliance rejected the login. Enter the admin password again.</translation>
    </message>
    <message>
        <source>The appliance is temporarily unavailable. Try again in a moment.</source>
        <translation>The appliance is temporarily unavailable. Try again in a moment.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected error (HTTP %2). See the report for details.</source>
        <extracomment>%1: host, %2: HTTP status</extracomment>
        <translation>%1 answered with an unexpected error (HTTP %2). See the report for details.</translation>
    </message>
    <message>
        <source>The appliance answered with an unexpected error (HTTP %1). See the report for details.</source>
        <extracomment>%1: HTTP status</extracomment>
        <translation>The appliance answered with an unexpected error (HTTP %1). See the report for details.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected error (HTTP %2, %3). See the report for details.</source>
        <extracomment>%1: host, %2: HTTP status, %3: error code</extracomment>
        <translation>%1 answered with an unexpected error (HTTP %2, %3). See the report for details.</translation>
    </message>
    <message>
        <source>The appliance answered with an unexpected error (HTTP %1, %2). See the report for details.</source>
        <extracomment>%1: HTTP status, %2: error code</extracomment>
        <translation>The appliance answered with an unexpected error (HTTP %1, %2). See the report for details.</translation>
    </message>
</context>
<context>
    <name>cutover::ApplianceConnections</name>
    <message>
        <source>The appliance at %1 is not the one this migration started with (its machine id changed). Nothing more is done on it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>The appliance at %1 is not the one this migration started with (its machine id changed). Nothing more is done on it.</translation>
    </message>
</context>
<context>
    <name>cutover::ApplianceOperation</name>
    <message>
        <source>%1 (%2)</source>
        <comment>@info appliance name</comment>
        <extracomment>%1 is a host name, %2 an address</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>cutover::BulkCopyOperation</name>
    <message>
        <source>About %1 of data is copied from a consistent snapshot of %2 to %3 and verified while the source keeps serving. Then the target replicates the changes made since the snapshot until it is level with the source. Everything on the target&apos;s databases is replaced; the source keeps its data.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>About %1 of data is copied from a consistent snapshot of %2 to %3 and verified while the source keeps serving. Then the target replicates the changes made since the snapshot until it is level with the source. Everything on the target&apos;s databases is replaced; the source keeps its data.</translation>
    </message>
    <message>
        <source>The target still replicates from the source; waiting for it to catch up.</source>
        <comment>@info</comment>
        <translation>The target still replicates from the source; waiting for it to catch up.</translation>
    </message>
    <message>
        <source>The earlier copy cannot be continued; copying again from a new snapshot.</source>
        <comment>@info</comment>
        <translation>The earlier copy cannot be continued; copying again from a new snapshot.</translation>
    </message>
    <message>
        <source>Creating temporary database accounts …</source>
        <comment>@info progress</comment>
        <translation>Creating temporary database accounts …</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <comment>@info progress</comment>
        <translation>Copying %1</translation>
    </message>
    <message>
        <source>Verifying the copy …</source>
        <comment>@info progress</comment>
        <translation>Verifying the copy …</translation>
    </message>
    <message>
        <source>Copying the data while the source keeps serving …</source>
        <comment>@info progress</comment>
        <translation>Copying the data while the source keeps serving …</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>@label</comment>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Bytes</source>
        <comment>@label</comment>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>@label</comment>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>The source has no binary log, so the target cannot replicate from it. Choose the offline mode; the source keeps serving meanwhile.</source>
        <comment>@info</comment>
        <translation>The source has no binary log, so the target cannot replicate from it. Choose the offline mode; the source keeps serving meanwhile.</translation>
    </message>
    <message>
        <source>Data verified against the source&apos;s snapshot</source>
        <comment>@info check</comment>
        <translation>Data verified against the source&apos;s snapshot</translation>
    </message>
    <message>
        <source>Snapshot taken at the source&apos;s binary-log position %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position such as &quot;mariadb-bin.000003:1234 (0-11-57)&quot;</extracomment>
        <translation>Snapshot taken at the source&apos;s binary-log position %1.</translation>
    </message>
    <message>
        <source>Snapshot position</source>
        <comment>@label</comment>
        <translation>Snapshot position</translation>
    </message>
    <message>
        <source>Starting the replication to the target …</source>
        <comment>@info progress</comment>
        <translation>Starting the replication to the target …</translation>
    </message>
    <message>
        <source>The target could not start replicating from %1. Check that the target reaches the source&apos;s database port (3306); the source keeps serving. Try again, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>The target could not start replicating from %1. Check that the target reaches the source&apos;s database port (3306); the source keeps serving. Try again, or choose the offline mode.</translation>
    </message>
    <message>
        <source>Cutover could not read the source&apos;s binary-log position.</source>
        <comment>@info</comment>
        <translation>Cutover could not read the source&apos;s binary-log position.</translation>
    </message>
    <message>
        <source>Cutover could not read the state of the target&apos;s replication.</source>
        <comment>@info</comment>
        <translation>Cutover could not read the state of the target&apos;s replication.</translation>
    </message>
    <message>
        <source>Catch-up while serving (seconds)</source>
        <comment>@label</comment>
        <translation>Catch-up while serving (seconds)</translation>
    </message>
    <message>
        <source>The target is level with the source.</source>
        <comment>@info</comment>
        <translation>The target is level with the source.</translation>
    </message>
    <message numerus="yes">
        <source>The target could not keep up with the changes on the source within %n minute(s). The source was never in maintenance and keeps serving. Try again when the source is less busy, or choose the offline mode.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>The target could not keep up with the changes on the source within %n minute. The source was never in maintenance and keeps serving. Try again when the source is less busy, or choose the offline mode.</numerusform>
            <numerusform>The target could not keep up with the changes on the source within %n minutes. The source was never in maintenance and keeps serving. Try again when the source is less busy, or choose the offline mode.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target&apos;s replication from the source stopped: %1 The source keeps serving; nothing was lost. Try again, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 is MariaDB&apos;s own error text</extracomment>
        <translation>The target&apos;s replication from the source stopped: %1 The source keeps serving; nothing was lost. Try again, or choose the offline mode.</translation>
    </message>
    <message>
        <source>The target no longer replicates from the source; its temporary account was removed.</source>
        <comment>@info</comment>
        <translation>The target no longer replicates from the source; its temporary account was removed.</translation>
    </message>
</context>
<context>
    <name>cutover::CatchUpMonitor</name>
    <message>
        <source>The target&apos;s replication link is gone.</source>
        <comment>@info</comment>
        <translation>The target&apos;s replication link is gone.</translation>
    </message>
    <message>
        <source>The target&apos;s replication stopped.</source>
        <comment>@info</comment>
        <translation>The target&apos;s replication stopped.</translation>
    </message>
    <message>
        <source>The target refused the database certificate of %1: it does not match what %1&apos;s management service reported, or it does not name the address %1 (%2). Give that database a certificate for this address.</source>
        <comment>@info</comment>
        <extracomment>%1 is the source&apos;s address, %2 MariaDB&apos;s own error text</extracomment>
        <translation>The target refused the database certificate of %1: it does not match what %1&apos;s management service reported, or it does not name the address %1 (%2). Give that database a certificate for this address.</translation>
    </message>
</context>
<context>
    <name>cutover::CatchUpOperation</name>
    <message numerus="yes">
        <source>%1 applies the last changes made on %2 before maintenance began, waiting at most %n second(s); then the replication between them is removed. If it takes longer, the migration backs out and the source serves again.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>
            <numerusform>%1 applies the last changes made on %2 before maintenance began, waiting at most %n second; then the replication between them is removed. If it takes longer, the migration backs out and the source serves again.</numerusform>
            <numerusform>%1 applies the last changes made on %2 before maintenance began, waiting at most %n seconds; then the replication between them is removed. If it takes longer, the migration backs out and the source serves again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating temporary database accounts …</source>
        <comment>@info progress</comment>
        <translation>Creating temporary database accounts …</translation>
    </message>
    <message>
        <source>Cutover could not read the source&apos;s binary-log position.</source>
        <comment>@info</comment>
        <translation>Cutover could not read the source&apos;s binary-log position.</translation>
    </message>
    <message>
        <source>The source is not in maintenance, so its last changes cannot be caught up safely. Nothing was changed on the source; try again.</source>
        <comment>@info</comment>
        <translation>The source is not in maintenance, so its last changes cannot be caught up safely. Nothing was changed on the source; try again.</translation>
    </message>
    <message>
        <source>Cutover could not read the state of the target&apos;s replication.</source>
        <comment>@info</comment>
        <translation>Cutover could not read the state of the target&apos;s replication.</translation>
    </message>
    <message>
        <source>The target does not replicate from the source (the link was removed outside Cutover). The migration backs out; start it again to copy the data anew.</source>
        <comment>@info</comment>
        <translation>The target does not replicate from the source (the link was removed outside Cutover). The migration backs out; start it again to copy the data anew.</translation>
    </message>
    <message>
        <source>The source&apos;s last change is at %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position such as &quot;mariadb-bin.000003:1234 (0-11-57)&quot;</extracomment>
        <translation>The source&apos;s last change is at %1.</translation>
    </message>
    <message>
        <source>The source logged further changes during maintenance (up to %1); the target applies them too.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position such as &quot;mariadb-bin.000003:1234 (0-11-57)&quot;</extracomment>
        <translation>The source logged further changes during maintenance (up to %1); the target applies them too.</translation>
    </message>
    <message>
        <source>The source left its read-only state during maintenance (for example, its database was restarted), so changes made there might not reach the target. The migration falls back: the source leaves maintenance and serves as before. Try again.</source>
        <comment>@info</comment>
        <translation>The source left its read-only state during maintenance (for example, its database was restarted), so changes made there might not reach the target. The migration falls back: the source leaves maintenance and serves as before. Try again.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <comment>@info lag</comment>
        <translation>an unknown amount</translation>
    </message>
    <message numerus="yes">
        <source>The target could not apply the source&apos;s last changes within %n second(s) (%1 still to apply). The migration falls back: the source leaves maintenance and serves as before, and nothing was lost. Try again when the source is less busy, allow a longer catch-up, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 is an amount of binary log still to apply, such as &quot;3.1 MB&quot;</extracomment>
        <translation>
            <numerusform>The target could not apply the source&apos;s last changes within %n second (%1 still to apply). The migration falls back: the source leaves maintenance and serves as before, and nothing was lost. Try again when the source is less busy, allow a longer catch-up, or choose the offline mode.</numerusform>
            <numerusform>The target could not apply the source&apos;s last changes within %n seconds (%1 still to apply). The migration falls back: the source leaves maintenance and serves as before, and nothing was lost. Try again when the source is less busy, allow a longer catch-up, or choose the offline mode.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target&apos;s replication from the source stopped: %1 The migration falls back: the source leaves maintenance and serves as before, and nothing was lost.</source>
        <comment>@info</comment>
        <extracomment>%1 is MariaDB&apos;s own error text</extracomment>
        <translation>The target&apos;s replication from the source stopped: %1 The migration falls back: the source leaves maintenance and serves as before, and nothing was lost.</translation>
    </message>
    <message>
        <source>The target&apos;s replication reported an error after catching up. The migration falls back; nothing was lost.</source>
        <comment>@info</comment>
        <translation>The target&apos;s replication reported an error after catching up. The migration falls back; nothing was lost.</translation>
    </message>
    <message>
        <source>The target applied the source&apos;s changes up to %1</source>
        <comment>@info check</comment>
        <extracomment>%1 is a binary-log position</extracomment>
        <translation>The target applied the source&apos;s changes up to %1</translation>
    </message>
    <message>
        <source>The target stopped short of the source&apos;s last change. The migration falls back; nothing was lost.</source>
        <comment>@info</comment>
        <translation>The target stopped short of the source&apos;s last change. The migration falls back; nothing was lost.</translation>
    </message>
    <message>
        <source>Final catch-up (seconds)</source>
        <comment>@label</comment>
        <translation>Final catch-up (seconds)</translation>
    </message>
    <message>
        <source>Removing the replication …</source>
        <comment>@info progress</comment>
        <translation>Removing the replication …</translation>
    </message>
    <message>
        <source>The target&apos;s replication link to the source could not be removed.</source>
        <comment>@info</comment>
        <translation>The target&apos;s replication link to the source could not be removed.</translation>
    </message>
    <message>
        <source>The target holds all of the source&apos;s data; the replication between them was removed.</source>
        <comment>@info</comment>
        <translation>The target holds all of the source&apos;s data; the replication between them was removed.</translation>
    </message>
    <message>
        <source>The target no longer fetches changes from the source; the temporary accounts were removed.</source>
        <comment>@info</comment>
        <translation>The target no longer fetches changes from the source; the temporary accounts were removed.</translation>
    </message>
</context>
<context>
    <name>cutover::CertificatesOperation</name>
    <message>
        <source>Both appliances get new certificates for their new host and domain names.</source>
        <comment>@info</comment>
        <translation>Both appliances get new certificates for their new host and domain names.</translation>
    </message>
    <message>
        <source>%1 gets a new certificate for its host and domain name.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>%1 gets a new certificate for its host and domain name.</translation>
    </message>
    <message>
        <source>New certificate on %1: SHA-256 %2</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a SHA-256 fingerprint</extracomment>
        <translation>New certificate on %1: SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>cutover::CheckLine</name>
    <message>
        <source>checking</source>
        <comment>@info check verdict</comment>
        <translation>checking</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>@info check verdict</comment>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info check verdict</comment>
        <translation>failed</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>@info check verdict</comment>
        <translation>warning</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <comment>@info</comment>
        <extracomment>%1: what to do about a failed check</extracomment>
        <translation>What to do: %1</translation>
    </message>
</context>
<context>
    <name>cutover::CliApplication</name>
    <message>
        <source>Migrates an appliance (settings, data, license, certificates, traffic logs) from a source to a target.

Commands:
  check     connect to both appliances, show Source Info and the plan; change nothing
  migrate   run the migration (asks before executing unless --yes)
  resume    continue an interrupted migration from the journal
  status    show the migration in the journal
  backout   undo an interrupted migration that did not pass its point of no return

Passwords never come from the command line: --source-password-file/--target-password-file, CUTOVER_SOURCE_PASSWORD/CUTOVER_TARGET_PASSWORD, or a prompt.
The journal and the run logs live in $CUTOVER_DATA_DIR (default: the user&apos;s data directory).

Exit codes:
  0  migrated and verified (check: nothing refused; status: no run needs attention)
  1  failed and backed out: the source is as it was
  2  usage error
  3  refused by preflight: nothing was changed
  4  stopped and needs attention: run “cutover-cli resume” (or “backout”)</source>
        <comment>@info cutover-cli --help</comment>
        <translation>Migrates an appliance (settings, data, license, certificates, traffic logs) from a source to a target.

Commands:
  check     connect to both appliances, show Source Info and the plan; change nothing
  migrate   run the migration (asks before executing unless --yes)
  resume    continue an interrupted migration from the journal
  status    show the migration in the journal
  backout   undo an interrupted migration that did not pass its point of no return

Passwords never come from the command line: --source-password-file/--target-password-file, CUTOVER_SOURCE_PASSWORD/CUTOVER_TARGET_PASSWORD, or a prompt.
The journal and the run logs live in $CUTOVER_DATA_DIR (default: the user&apos;s data directory).

Exit codes:
  0  migrated and verified (check: nothing refused; status: no run needs attention)
  1  failed and backed out: the source is as it was
  2  usage error
  3  refused by preflight: nothing was changed
  4  stopped and needs attention: run “cutover-cli resume” (or “backout”)</translation>
    </message>
    <message>
        <source>check | migrate | resume | status | backout</source>
        <comment>@info</comment>
        <translation>check | migrate | resume | status | backout</translation>
    </message>
    <message>
        <source>Address of the source appliance (IP address or host name).</source>
        <comment>@info</comment>
        <translation>Address of the source appliance (IP address or host name).</translation>
    </message>
    <message>
        <source>address</source>
        <comment>@info value name</comment>
        <translation>address</translation>
    </message>
    <message>
        <source>Address of the target appliance (default: %1, this machine).</source>
        <comment>@info</comment>
        <translation>Address of the target appliance (default: %1, this machine).</translation>
    </message>
    <message>
        <source>Admin user on both appliances (default: admin).</source>
        <comment>@info</comment>
        <translation>Admin user on both appliances (default: admin).</translation>
    </message>
    <message>
        <source>name</source>
        <comment>@info value name</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>Exchange all System Settings between the appliances and reboot both.</source>
        <comment>@info</comment>
        <translation>Exchange all System Settings between the appliances and reboot both.</translation>
    </message>
    <message>
        <source>Move the license from the source to the target.</source>
        <comment>@info</comment>
        <translation>Move the license from the source to the target.</translation>
    </message>
    <message>
        <source>Copy the user traffic logs.</source>
        <comment>@info</comment>
        <translation>Copy the user traffic logs.</translation>
    </message>
    <message>
        <source>Copy and verify everything onto the target without changing anything on the source.</source>
        <comment>@info</comment>
        <translation>Copy and verify everything onto the target without changing anything on the source.</translation>
    </message>
    <message>
        <source>Trust the source&apos;s certificate with this SHA-256 fingerprint.</source>
        <comment>@info</comment>
        <translation>Trust the source&apos;s certificate with this SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>sha256</source>
        <comment>@info value name</comment>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Trust the target&apos;s certificate with this SHA-256 fingerprint.</source>
        <comment>@info</comment>
        <translation>Trust the target&apos;s certificate with this SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Read the source&apos;s admin password from this file.</source>
        <comment>@info</comment>
        <translation>Read the source&apos;s admin password from this file.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>@info value name</comment>
        <translation>file</translation>
    </message>
    <message>
        <source>Read the target&apos;s admin password from this file.</source>
        <comment>@info</comment>
        <translation>Read the target&apos;s admin password from this file.</translation>
    </message>
    <message>
        <source>Do not ask before executing.</source>
        <comment>@info</comment>
        <translation>Do not ask before executing.</translation>
    </message>
    <message>
        <source>Print one JSON event per line, for automation.</source>
        <comment>@info</comment>
        <translation>Print one JSON event per line, for automation.</translation>
    </message>
    <message>
        <source>Save the run report to this file (.html or text).</source>
        <comment>@info</comment>
        <translation>Save the run report to this file (.html or text).</translation>
    </message>
    <message>
        <source>Stopping … before the point of no return everything done so far is undone; after it the run stops at a safe point and can be resumed.</source>
        <comment>@info</comment>
        <translation>Stopping … before the point of no return everything done so far is undone; after it the run stops at a safe point and can be resumed.</translation>
    </message>
    <message>
        <source>Still stopping safely; please wait.</source>
        <comment>@info</comment>
        <translation>Still stopping safely; please wait.</translation>
    </message>
    <message>
        <source>Give exactly one command: check, migrate, resume, status or backout.</source>
        <comment>@info</comment>
        <translation>Give exactly one command: check, migrate, resume, status or backout.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Use check, migrate, resume, status or backout.</source>
        <comment>@info</comment>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Unknown command “%1”. Use check, migrate, resume, status or backout.</translation>
    </message>
    <message>
        <source>Admin password of the source (%1): </source>
        <comment>@info prompt</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Admin password of the source (%1): </translation>
    </message>
    <message>
        <source>Admin password of the target (%1): </source>
        <comment>@info prompt</comment>
        <translation>Admin password of the target (%1): </translation>
    </message>
    <message>
        <source>The appliance at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a SHA-256 fingerprint</extracomment>
        <translation>The appliance at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</translation>
    </message>
    <message>
        <source>Trust this certificate? [y/N] </source>
        <comment>@info prompt</comment>
        <translation>Trust this certificate? [y/N] </translation>
    </message>
    <message>
        <source>Source Info</source>
        <comment>@title</comment>
        <translation>Source Info</translation>
    </message>
    <message>
        <source>License GUID: %1</source>
        <comment>@label</comment>
        <translation>License GUID: %1</translation>
    </message>
    <message>
        <source>Host name: %1</source>
        <comment>@label</comment>
        <translation>Host name: %1</translation>
    </message>
    <message>
        <source>Domain name: %1</source>
        <comment>@label</comment>
        <translation>Domain name: %1</translation>
    </message>
    <message>
        <source>IP address: %1</source>
        <comment>@label</comment>
        <translation>IP address: %1</translation>
    </message>
    <message>
        <source>Server role: %1</source>
        <comment>@label</comment>
        <translation>Server role: %1</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <comment>@label</comment>
        <extracomment>%1 is a host name, %2 an address</extracomment>
        <translation>Target: %1 (%2)</translation>
    </message>
    <message>
        <source>Rehearsal plan (nothing changes on the source):</source>
        <comment>@title</comment>
        <translation>Rehearsal plan (nothing changes on the source):</translation>
    </message>
    <message>
        <source>Migration plan:</source>
        <comment>@title</comment>
        <translation>Migration plan:</translation>
    </message>
    <message>
        <source>point of no return: from here on a failure stops the run for you to resume; it is not undone</source>
        <comment>@info</comment>
        <translation>point of no return: from here on a failure stops the run for you to resume; it is not undone</translation>
    </message>
    <message>
        <source>migrate needs --source.</source>
        <comment>@info</comment>
        <translation>migrate needs --source.</translation>
    </message>
    <message>
        <source>An interrupted migration is in the journal. Run “cutover-cli resume” to finish it or “cutover-cli backout” to undo it.</source>
        <comment>@info</comment>
        <translation>An interrupted migration is in the journal. Run “cutover-cli resume” to finish it or “cutover-cli backout” to undo it.</translation>
    </message>
    <message>
        <source>Not executing without confirmation: there is no terminal to ask on. Add --yes.</source>
        <comment>@info</comment>
        <translation>Not executing without confirmation: there is no terminal to ask on. Add --yes.</translation>
    </message>
    <message>
        <source>Execute this plan now? [y/N] </source>
        <comment>@info prompt</comment>
        <translation>Execute this plan now? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Rehearsal complete: the target holds a verified copy. Nothing changed on the source.</source>
        <comment>@info</comment>
        <translation>Rehearsal complete: the target holds a verified copy. Nothing changed on the source.</translation>
    </message>
    <message>
        <source>Congratulations! Migration was successfully completed.</source>
        <comment>@info</comment>
        <translation>Congratulations! Migration was successfully completed.</translation>
    </message>
    <message>
        <source>The migration failed and was backed out: the source is as it was.</source>
        <comment>@info</comment>
        <translation>The migration failed and was backed out: the source is as it was.</translation>
    </message>
    <message>
        <source>The migration stopped and needs attention.</source>
        <comment>@info</comment>
        <translation>The migration stopped and needs attention.</translation>
    </message>
    <message>
        <source>Run log: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Run log: %1</translation>
    </message>
    <message>
        <source>No migration in progress.</source>
        <comment>@info</comment>
        <translation>No migration in progress.</translation>
    </message>
    <message>
        <source>Source: %1  Target: %2</source>
        <comment>@info</comment>
        <translation>Source: %1  Target: %2</translation>
    </message>
    <message>
        <source>point of no return</source>
        <comment>@info</comment>
        <translation>point of no return</translation>
    </message>
    <message>
        <source>Language of the messages: en or de (default: the system&apos;s).</source>
        <comment>@info</comment>
        <translation>Language of the messages: en or de (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>language</source>
        <comment>@info value name</comment>
        <translation>language</translation>
    </message>
    <message>
        <source>Also show the engine&apos;s log messages here; they are always in the run&apos;s log file.</source>
        <comment>@info</comment>
        <translation>Also show the engine&apos;s log messages here; they are always in the run&apos;s log file.</translation>
    </message>
    <message>
        <source>Copy the data while the source is in maintenance (the manual&apos;s order) instead of copying while it keeps serving and catching up through replication.</source>
        <comment>@info</comment>
        <translation>Copy the data while the source is in maintenance (the manual&apos;s order) instead of copying while it keeps serving and catching up through replication.</translation>
    </message>
    <message>
        <source>Low-downtime mode: how long the source may stay in maintenance while the target takes over the last changes before the migration falls back (default: %1 s).</source>
        <comment>@info</comment>
        <translation>Low-downtime mode: how long the source may stay in maintenance while the target takes over the last changes before the migration falls back (default: %1 s).</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>@info value name</comment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>“%1” is not a catch-up timeout: give a number of seconds from 5 to 3600.</source>
        <comment>@info</comment>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” is not a catch-up timeout: give a number of seconds from 5 to 3600.</translation>
    </message>
    <message>
        <source>Give the source appliance with --source ADDRESS.</source>
        <comment>@info</comment>
        <translation>Give the source appliance with --source ADDRESS.</translation>
    </message>
    <message>
        <source>Checking the source and the target …</source>
        <comment>@info</comment>
        <translation>Checking the source and the target …</translation>
    </message>
    <message>
        <source>Refused: the check above failed. Nothing was changed on either appliance.</source>
        <comment>@info</comment>
        <translation>Refused: the check above failed. Nothing was changed on either appliance.</translation>
    </message>
    <message>
        <source>The source at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <translation>The source at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</translation>
    </message>
    <message>
        <source>The target at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <translation>The target at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</translation>
    </message>
    <message>
        <source>Settings that change</source>
        <comment>@title</comment>
        <translation>Settings that change</translation>
    </message>
    <message>
        <source>On the target (%1):</source>
        <comment>@label</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>On the target (%1):</translation>
    </message>
    <message>
        <source>No setting changes.</source>
        <comment>@info</comment>
        <translation>No setting changes.</translation>
    </message>
    <message>
        <source>On the source (%1):</source>
        <comment>@label</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>On the source (%1):</translation>
    </message>
    <message>
        <source>Run %1 is planned; nothing has run yet.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Run %1 is planned; nothing has run yet.</translation>
    </message>
    <message>
        <source>Run %1 was interrupted while running (or is still running in another window).</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Run %1 was interrupted while running (or is still running in another window).</translation>
    </message>
    <message>
        <source>Run %1 was interrupted while backing out.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Run %1 was interrupted while backing out.</translation>
    </message>
    <message>
        <source>Run %1 succeeded.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Run %1 succeeded.</translation>
    </message>
    <message>
        <source>Run %1 failed and was backed out.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Run %1 failed and was backed out.</translation>
    </message>
    <message>
        <source>Run %1 stopped and needs attention.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Run %1 stopped and needs attention.</translation>
    </message>
    <message>
        <source>Copy the data row by row (the logical copy) even when both appliances run the same MariaDB major version, instead of streaming the database files (the physical copy).</source>
        <comment>@info</comment>
        <translation>Copy the data row by row (the logical copy) even when both appliances run the same MariaDB major version, instead of streaming the database files (the physical copy).</translation>
    </message>
    <message>
        <source>High-availability source: trust the certificate of its group&apos;s master with this SHA-256 fingerprint.</source>
        <comment>@info</comment>
        <translation>High-availability source: trust the certificate of its group&apos;s master with this SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>High-availability source: read the admin password of its group&apos;s master from this file (default: the source&apos;s).</source>
        <comment>@info</comment>
        <translation>High-availability source: read the admin password of its group&apos;s master from this file (default: the source&apos;s).</translation>
    </message>
    <message>
        <source>Admin password of the group&apos;s master: </source>
        <comment>@info prompt</comment>
        <translation>Admin password of the group&apos;s master: </translation>
    </message>
    <message>
        <source>The master of the source&apos;s high-availability group at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a SHA-256 fingerprint</extracomment>
        <translation>The master of the source&apos;s high-availability group at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</translation>
    </message>
</context>
<context>
    <name>cutover::CompatibilityCheck</name>
    <message>
        <source>Source and target are different systems</source>
        <translation>Source and target are different systems</translation>
    </message>
    <message>
        <source>Source %1 and target %2 are different appliances.</source>
        <translation>Source %1 and target %2 are different appliances.</translation>
    </message>
    <message>
        <source>Source and target are the same appliance (machine id %1): both addresses lead to one system.</source>
        <extracomment>%1: machine id</extracomment>
        <translation>Source and target are the same appliance (machine id %1): both addresses lead to one system.</translation>
    </message>
    <message>
        <source>Enter the address of the old system as the source and run Cutover against the new system as the target.</source>
        <translation>Enter the address of the old system as the source and run Cutover against the new system as the target.</translation>
    </message>
    <message>
        <source>The source has not been migrated yet</source>
        <translation>The source has not been migrated yet</translation>
    </message>
    <message>
        <source>The source is marked as already migrated to the system with machine id %1.</source>
        <translation>The source is marked as already migrated to the system with machine id %1.</translation>
    </message>
    <message>
        <source>Check that you entered the right source. A finished migration is not repeated.</source>
        <translation>Check that you entered the right source. A finished migration is not repeated.</translation>
    </message>
    <message>
        <source>Database versions</source>
        <translation>Database versions</translation>
    </message>
    <message>
        <source>The source appliance cannot reach its own database, so nothing can be copied from it.</source>
        <translation>The source appliance cannot reach its own database, so nothing can be copied from it.</translation>
    </message>
    <message>
        <source>The target appliance cannot reach its own database, so nothing can be copied into it.</source>
        <translation>The target appliance cannot reach its own database, so nothing can be copied into it.</translation>
    </message>
    <message>
        <source>The database version could not be read (source: &quot;%1&quot;, target: &quot;%2&quot;).</source>
        <translation>The database version could not be read (source: &quot;%1&quot;, target: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The source runs %1 and the target %2: copying between different database servers is not supported.</source>
        <translation>The source runs %1 and the target %2: copying between different database servers is not supported.</translation>
    </message>
    <message>
        <source>The source runs %1, the target an older %2. Data cannot be copied into an older database server.</source>
        <extracomment>%1: source version, %2: target version</extracomment>
        <translation>The source runs %1, the target an older %2. Data cannot be copied into an older database server.</translation>
    </message>
    <message>
        <source>Source %1, target %2.</source>
        <translation>Source %1, target %2.</translation>
    </message>
    <message>
        <source>Check that the database service of that appliance runs (restart it if needed), then check again.</source>
        <translation>Check that the database service of that appliance runs (restart it if needed), then check again.</translation>
    </message>
    <message>
        <source>Update the target system to the same or a newer software version, then check again.</source>
        <translation>Update the target system to the same or a newer software version, then check again.</translation>
    </message>
    <message>
        <source>Check that both systems run the appliance software and that their database servers work.</source>
        <translation>Check that both systems run the appliance software and that their database servers work.</translation>
    </message>
    <message>
        <source>Free disk space on the target</source>
        <translation>Free disk space on the target</translation>
    </message>
    <message>
        <source>The target did not report its free disk space; %1 are needed.</source>
        <translation>The target did not report its free disk space; %1 are needed.</translation>
    </message>
    <message>
        <source>%1 free, %2 needed.</source>
        <translation>%1 free, %2 needed.</translation>
    </message>
    <message>
        <source>The target has %1 free, but the data and traffic logs need %2 (with 10% headroom).</source>
        <translation>The target has %1 free, but the data and traffic logs need %2 (with 10% headroom).</translation>
    </message>
    <message>
        <source>The target has %1 free, but the data needs %2 (with 10% headroom).</source>
        <translation>The target has %1 free, but the data needs %2 (with 10% headroom).</translation>
    </message>
    <message>
        <source>Free space on the target or enlarge its disk, or turn off Copy User Traffic Logs.</source>
        <translation>Free space on the target or enlarge its disk, or turn off Copy User Traffic Logs.</translation>
    </message>
    <message>
        <source>Free space on the target or enlarge its disk.</source>
        <translation>Free space on the target or enlarge its disk.</translation>
    </message>
    <message>
        <source>Binary logging on the source (low-downtime mode)</source>
        <translation>Binary logging on the source (low-downtime mode)</translation>
    </message>
    <message>
        <source>Binary logging is on: the low-downtime mode is possible.</source>
        <translation>Binary logging is on: the low-downtime mode is possible.</translation>
    </message>
    <message>
        <source>Binary logging is off on the source, so the low-downtime mode is not possible: the migration will run offline, with the source in maintenance during the whole copy.</source>
        <translation>Binary logging is off on the source, so the low-downtime mode is not possible: the migration will run offline, with the source in maintenance during the whole copy.</translation>
    </message>
    <message>
        <source>Binary logging is off on the source: only the offline mode is possible.</source>
        <translation>Binary logging is off on the source: only the offline mode is possible.</translation>
    </message>
    <message>
        <source>To keep the downtime short, turn on binary logging on the source and restart its database, then check again; or accept the offline migration.</source>
        <translation>To keep the downtime short, turn on binary logging on the source and restart its database, then check again; or accept the offline migration.</translation>
    </message>
    <message>
        <source>License transfer (Migrate License)</source>
        <translation>License transfer (Migrate License)</translation>
    </message>
    <message>
        <source>the target already has an active license (%1)</source>
        <extracomment>%1: license GUID</extracomment>
        <translation>the target already has an active license (%1)</translation>
    </message>
    <message>
        <source>the source has no active license (state: %1)</source>
        <translation>the source has no active license (state: %1)</translation>
    </message>
    <message>
        <source>the source has no maintenance contract</source>
        <translation>the source has no maintenance contract</translation>
    </message>
    <message>
        <source>the source&apos;s maintenance contract ended on %1</source>
        <translation>the source&apos;s maintenance contract ended on %1</translation>
    </message>
    <message>
        <source>The target has no license and the source&apos;s maintenance contract runs until %1.</source>
        <translation>The target has no license and the source&apos;s maintenance contract runs until %1.</translation>
    </message>
    <message>
        <source>The license cannot be moved: %1.</source>
        <translation>The license cannot be moved: %1.</translation>
    </message>
    <message>
        <source>Turn off Migrate License (the target keeps its own license).</source>
        <translation>Turn off Migrate License (the target keeps its own license).</translation>
    </message>
    <message>
        <source>Renew the maintenance contract of the source with your dealer, or turn off Migrate License.</source>
        <translation>Renew the maintenance contract of the source with your dealer, or turn off Migrate License.</translation>
    </message>
    <message>
        <source>Turn off Migrate License.</source>
        <translation>Turn off Migrate License.</translation>
    </message>
    <message>
        <source>No interrupted migration</source>
        <translation>No interrupted migration</translation>
    </message>
    <message>
        <source>No unfinished migration was found.</source>
        <translation>No unfinished migration was found.</translation>
    </message>
    <message>
        <source>An earlier migration was interrupted and is not finished.</source>
        <translation>An earlier migration was interrupted and is not finished.</translation>
    </message>
    <message>
        <source>An earlier migration (%1) was interrupted and is not finished.</source>
        <translation>An earlier migration (%1) was interrupted and is not finished.</translation>
    </message>
    <message>
        <source>Resume it (cutover-cli resume) or back it out (cutover-cli backout) before starting a new one.</source>
        <translation>Resume it (cutover-cli resume) or back it out (cutover-cli backout) before starting a new one.</translation>
    </message>
    <message>
        <source>Source in normal operation</source>
        <translation>Source in normal operation</translation>
    </message>
    <message>
        <source>The source is already in maintenance mode.</source>
        <translation>The source is already in maintenance mode.</translation>
    </message>
    <message>
        <source>If an earlier migration left it so, resume or back out that migration; otherwise check why it is in maintenance.</source>
        <translation>If an earlier migration left it so, resume or back out that migration; otherwise check why it is in maintenance.</translation>
    </message>
    <message>
        <source>Distinct database server IDs (low-downtime mode)</source>
        <translation>Distinct database server IDs (low-downtime mode)</translation>
    </message>
    <message>
        <source>The source&apos;s and the target&apos;s databases have different server IDs.</source>
        <translation>The source&apos;s and the target&apos;s databases have different server IDs.</translation>
    </message>
    <message>
        <source>The source&apos;s and the target&apos;s databases have the same server ID (%1), so the target cannot replicate from the source: the migration will run offline, with the source in maintenance during the whole copy.</source>
        <extracomment>%1 is a number (MariaDB&apos;s server_id)</extracomment>
        <translation>The source&apos;s and the target&apos;s databases have the same server ID (%1), so the target cannot replicate from the source: the migration will run offline, with the source in maintenance during the whole copy.</translation>
    </message>
    <message>
        <source>The source&apos;s and the target&apos;s databases have the same server ID (%1): only the offline mode is possible.</source>
        <extracomment>%1 is a number (MariaDB&apos;s server_id)</extracomment>
        <translation>The source&apos;s and the target&apos;s databases have the same server ID (%1): only the offline mode is possible.</translation>
    </message>
    <message>
        <source>To keep the downtime short, give the target&apos;s database a different server_id and restart it, then check again; or accept the offline migration.</source>
        <translation>To keep the downtime short, give the target&apos;s database a different server_id and restart it, then check again; or accept the offline migration.</translation>
    </message>
    <message>
        <source>the source has no license</source>
        <translation>the source has no license</translation>
    </message>
</context>
<context>
    <name>cutover::ConfirmationPage</name>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2) to &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <comment>@info</comment>
        <extracomment>%1: source host name, %2: source address, %3: target host name, %4: target address</extracomment>
        <translation>From &lt;b&gt;%1&lt;/b&gt; (%2) to &lt;b&gt;%3&lt;/b&gt; (%4).</translation>
    </message>
    <message>
        <source>The interrupted migration continues with the first step not done.</source>
        <comment>@info</comment>
        <translation>The interrupted migration continues with the first step not done.</translation>
    </message>
    <message>
        <source>The interrupted migration is backed out: the steps already performed are undone, newest first.</source>
        <comment>@info</comment>
        <translation>The interrupted migration is backed out: the steps already performed are undone, newest first.</translation>
    </message>
    <message>
        <source>This is a rehearsal: the source is only read.</source>
        <comment>@info</comment>
        <translation>This is a rehearsal: the source is only read.</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <comment>@info</comment>
        <translation>Point of no return</translation>
    </message>
    <message>
        <source>From here on the source is changed for good: a failure stops the run safely and you resume it.</source>
        <comment>@info</comment>
        <translation>From here on the source is changed for good: a failure stops the run safely and you resume it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and overwritten. The source is not changed.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and overwritten. The source is not changed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and overwritten. Before the point of no return, stopping undoes every change; after it, the run cannot be undone and must be finished. Do not switch off either system during the migration; if the connection or this computer fails, start Cutover again and resume.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and overwritten. Before the point of no return, stopping undoes every change; after it, the run cannot be undone and must be finished. Do not switch off either system during the migration; if the connection or this computer fails, start Cutover again and resume.</translation>
    </message>
    <message>
        <source>This version of Cutover cannot run these steps yet: %1. Go back and change the options.</source>
        <comment>@info</comment>
        <extracomment>%1: list of step titles</extracomment>
        <translation>This version of Cutover cannot run these steps yet: %1. Go back and change the options.</translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <comment>@action:button</comment>
        <translation>&amp;Execute</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <comment>@action:button</comment>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Back Out</source>
        <comment>@action:button</comment>
        <translation>&amp;Back Out</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <comment>@title:window wizard step</comment>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>These are the exact steps, in order. Nothing has changed on either system yet.</source>
        <comment>@info</comment>
        <translation>These are the exact steps, in order. Nothing has changed on either system yet.</translation>
    </message>
    <message>
        <source>Steps of the migration</source>
        <comment>@info:accessible</comment>
        <translation>Steps of the migration</translation>
    </message>
    <message>
        <source>Estimated duration: about %1. The source keeps serving throughout.</source>
        <comment>@info</comment>
        <extracomment>%1: estimated duration</extracomment>
        <translation>Estimated duration: about %1. The source keeps serving throughout.</translation>
    </message>
    <message>
        <source>Estimated duration: about %1. Writes pause for about %2 while the target applies the last changes; the application is fully back after about %3, once the target&apos;s services have restarted.</source>
        <comment>@info</comment>
        <extracomment>%1: estimated duration, %2: how long writes pause (a few seconds), %3: when the application is fully back (from the start of the pause)</extracomment>
        <translation>Estimated duration: about %1. Writes pause for about %2 while the target applies the last changes; the application is fully back after about %3, once the target&apos;s services have restarted.</translation>
    </message>
    <message>
        <source>Estimated duration: about %1. Writes stop for about %2: the source is read-only while all of its data is copied, so this grows with the data size.</source>
        <comment>@info</comment>
        <extracomment>%1: estimated duration, %2: how long writes stop</extracomment>
        <translation>Estimated duration: about %1. Writes stop for about %2: the source is read-only while all of its data is copied, so this grows with the data size.</translation>
    </message>
    <message>
        <source>A rough estimate: the real time depends mostly on disk and network speed.</source>
        <comment>@info</comment>
        <translation>A rough estimate: the real time depends mostly on disk and network speed.</translation>
    </message>
</context>
<context>
    <name>cutover::CopyPathChoice</name>
    <message>
        <source>Physical copy: both appliances run MariaDB %1, so the source&apos;s database files are streamed to the target at disk speed and swapped in there; the target keeps its previous data until the verification passes.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 is a MariaDB major version such as 10.11</extracomment>
        <translation>Physical copy: both appliances run MariaDB %1, so the source&apos;s database files are streamed to the target at disk speed and swapped in there; the target keeps its previous data until the verification passes.</translation>
    </message>
    <message>
        <source>Logical copy: the physical copy was turned off (Options page or --logical-copy).</source>
        <comment>@info copy path</comment>
        <translation>Logical copy: the physical copy was turned off (Options page or --logical-copy).</translation>
    </message>
    <message>
        <source>Logical copy: a rehearsal copies the data logically, because a physical copy would replace the target&apos;s whole database.</source>
        <comment>@info copy path</comment>
        <translation>Logical copy: a rehearsal copies the data logically, because a physical copy would replace the target&apos;s whole database.</translation>
    </message>
    <message>
        <source>Logical copy: the source is part of a high-availability group, whose data moves through its replication.</source>
        <comment>@info copy path</comment>
        <translation>Logical copy: the source is part of a high-availability group, whose data moves through its replication.</translation>
    </message>
    <message>
        <source>Logical copy: a physical copy needs MariaDB on both appliances.</source>
        <comment>@info copy path</comment>
        <translation>Logical copy: a physical copy needs MariaDB on both appliances.</translation>
    </message>
    <message>
        <source>Logical copy: the database version of an appliance could not be read.</source>
        <comment>@info copy path</comment>
        <translation>Logical copy: the database version of an appliance could not be read.</translation>
    </message>
    <message>
        <source>Logical copy: the source runs MariaDB %1 and the target MariaDB %2; a physical copy needs the same major version on both.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 and %2 are MariaDB major versions such as 10.6 and 10.11</extracomment>
        <translation>Logical copy: the source runs MariaDB %1 and the target MariaDB %2; a physical copy needs the same major version on both.</translation>
    </message>
    <message>
        <source>Logical copy: the target holds databases the source does not have (%1), which a physical copy would remove.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 is a list of database names</extracomment>
        <translation>Logical copy: the target holds databases the source does not have (%1), which a physical copy would remove.</translation>
    </message>
    <message>
        <source>Logical copy: a physical copy needs about %1 free on the target (it keeps its current data until the copy is verified), but only %2 is free.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 and %2 are data sizes</extracomment>
        <translation>Logical copy: a physical copy needs about %1 free on the target (it keeps its current data until the copy is verified), but only %2 is free.</translation>
    </message>
</context>
<context>
    <name>cutover::CredentialCheck</name>
    <message>
        <source>Admin password of the source system</source>
        <translation>Admin password of the source system</translation>
    </message>
    <message>
        <source>Admin password of the target system</source>
        <translation>Admin password of the target system</translation>
    </message>
    <message>
        <source>Entered.</source>
        <translation>Entered.</translation>
    </message>
    <message>
        <source>The admin password of the source system is empty.</source>
        <translation>The admin password of the source system is empty.</translation>
    </message>
    <message>
        <source>The admin password of the target system is empty.</source>
        <translation>The admin password of the target system is empty.</translation>
    </message>
    <message>
        <source>Enter the password of the appliance&apos;s admin user (the one used to log in to its web interface).</source>
        <translation>Enter the password of the appliance&apos;s admin user (the one used to log in to its web interface).</translation>
    </message>
</context>
<context>
    <name>cutover::DataCopyOperation</name>
    <message>
        <source>About %1 of data is copied from a consistent snapshot of %2 to %3 and verified; the source keeps serving. Everything on the target&apos;s databases is replaced.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>About %1 of data is copied from a consistent snapshot of %2 to %3 and verified; the source keeps serving. Everything on the target&apos;s databases is replaced.</translation>
    </message>
    <message>
        <source>About %1 of data is copied from %2 to %3 and verified. Everything on the target&apos;s databases is replaced; the source keeps its data.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>About %1 of data is copied from %2 to %3 and verified. Everything on the target&apos;s databases is replaced; the source keeps its data.</translation>
    </message>
    <message>
        <source>Creating temporary database accounts …</source>
        <comment>@info progress</comment>
        <translation>Creating temporary database accounts …</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <comment>@info progress</comment>
        <translation>Copying %1</translation>
    </message>
    <message>
        <source>Verifying the copy …</source>
        <comment>@info progress</comment>
        <translation>Verifying the copy …</translation>
    </message>
    <message>
        <source>Copying the data …</source>
        <comment>@info progress</comment>
        <translation>Copying the data …</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>@label</comment>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Bytes</source>
        <comment>@label</comment>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>@label</comment>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Chunks copied / already done</source>
        <comment>@label</comment>
        <translation>Chunks copied / already done</translation>
    </message>
    <message>
        <source>Data verified against the source&apos;s snapshot</source>
        <comment>@info check</comment>
        <translation>Data verified against the source&apos;s snapshot</translation>
    </message>
</context>
<context>
    <name>cutover::DatabaseCopier</name>
    <message>
        <source>The database copy was cancelled.</source>
        <translation>The database copy was cancelled.</translation>
    </message>
    <message>
        <source>The source database changed since the interrupted copy (position %1, now %2). The copy cannot be continued; start it again from the beginning.</source>
        <extracomment>%1, %2: binary-log positions like mariadb-bin.000003:1234</extracomment>
        <translation>The source database changed since the interrupted copy (position %1, now %2). The copy cannot be continued; start it again from the beginning.</translation>
    </message>
    <message>
        <source>The target server cannot load the history of system-versioned tables (needs MariaDB 10.11 or later).</source>
        <translation>The target server cannot load the history of system-versioned tables (needs MariaDB 10.11 or later).</translation>
    </message>
    <message>
        <source>The target&apos;s binary log records the copy because the migration account may not turn it off (needs the BINLOG ADMIN privilege).</source>
        <translation>The target&apos;s binary log records the copy because the migration account may not turn it off (needs the BINLOG ADMIN privilege).</translation>
    </message>
    <message>
        <source>Cannot connect to the source database as %1. Check that it runs and that the migration account exists.</source>
        <extracomment>%1: user@host:port</extracomment>
        <translation>Cannot connect to the source database as %1. Check that it runs and that the migration account exists.</translation>
    </message>
    <message>
        <source>Cannot connect to the target database as %1. Check that it runs and that the migration account exists.</source>
        <translation>Cannot connect to the target database as %1. Check that it runs and that the migration account exists.</translation>
    </message>
    <message>
        <source>Cannot open a consistent snapshot of the source database. Check the migration account&apos;s privileges.</source>
        <translation>Cannot open a consistent snapshot of the source database. Check the migration account&apos;s privileges.</translation>
    </message>
    <message>
        <source>The source snapshot could not be proved consistent across readers (no binary log and no RELOAD privilege); the copy assumes the source is not written to.</source>
        <translation>The source snapshot could not be proved consistent across readers (no binary log and no RELOAD privilege); the copy assumes the source is not written to.</translation>
    </message>
    <message>
        <source>Cannot create %1 on the target database. Check the target&apos;s migration account and free disk space.</source>
        <extracomment>%1: an object like `shop`.`orders`</extracomment>
        <translation>Cannot create %1 on the target database. Check the target&apos;s migration account and free disk space.</translation>
    </message>
    <message>
        <source>Cannot read the definition of schema %1 on the source.</source>
        <translation>Cannot read the definition of schema %1 on the source.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1 on the source.</source>
        <translation>Cannot read sequence %1 on the source.</translation>
    </message>
    <message>
        <source>Cannot read table %1 on the source.</source>
        <translation>Cannot read table %1 on the source.</translation>
    </message>
    <message>
        <source>Reading %1 from the source database failed.</source>
        <extracomment>%1: a table and key range</extracomment>
        <translation>Reading %1 from the source database failed.</translation>
    </message>
    <message>
        <source>Writing %1 to the target database failed. Check the target&apos;s free disk space and its log.</source>
        <translation>Writing %1 to the target database failed. Check the target&apos;s free disk space and its log.</translation>
    </message>
    <message>
        <source>Verifying %1 on the source database failed.</source>
        <translation>Verifying %1 on the source database failed.</translation>
    </message>
    <message>
        <source>Verifying %1 failed.</source>
        <translation>Verifying %1 failed.</translation>
    </message>
    <message>
        <source>Cannot read the accounts of the source database. The migration account needs read access to the mysql schema, or turn off copying accounts.</source>
        <translation>Cannot read the accounts of the source database. The migration account needs read access to the mysql schema, or turn off copying accounts.</translation>
    </message>
    <message>
        <source>Cannot create the account %1 on the target database. The migration account needs the CREATE USER privilege and GRANT OPTION.</source>
        <extracomment>%1: an account like &apos;shop&apos;@&apos;%&apos;</extracomment>
        <translation>Cannot create the account %1 on the target database. The migration account needs the CREATE USER privilege and GRANT OPTION.</translation>
    </message>
    <message>
        <source>Cannot read the grants of %1 on the source database.</source>
        <translation>Cannot read the grants of %1 on the source database.</translation>
    </message>
    <message>
        <source>Cannot read the account %1 on the source database.</source>
        <translation>Cannot read the account %1 on the source database.</translation>
    </message>
    <message>
        <source>Cannot read the definition of %1 on the source.</source>
        <translation>Cannot read the definition of %1 on the source.</translation>
    </message>
    <message>
        <source>Cannot read the definition of %1 on the target.</source>
        <translation>Cannot read the definition of %1 on the target.</translation>
    </message>
    <message>
        <source>Adding the indexes of %1 on the target database failed. Check the target&apos;s free disk space and its log.</source>
        <extracomment>%1: a table like `shop`.`orders`</extracomment>
        <translation>Adding the indexes of %1 on the target database failed. Check the target&apos;s free disk space and its log.</translation>
    </message>
    <message>
        <source>Cannot read the list of schemas on the source database. Check the migration account&apos;s privileges.</source>
        <translation>Cannot read the list of schemas on the source database. Check the migration account&apos;s privileges.</translation>
    </message>
    <message>
        <source>Cannot read the structure of schema %1 on the source database. Check the migration account&apos;s privileges.</source>
        <extracomment>%1: a schema name like `shop`</extracomment>
        <translation>Cannot read the structure of schema %1 on the source database. Check the migration account&apos;s privileges.</translation>
    </message>
    <message>
        <source>Cannot read the foreign keys of the source database. Check the migration account&apos;s privileges.</source>
        <translation>Cannot read the foreign keys of the source database. Check the migration account&apos;s privileges.</translation>
    </message>
    <message>
        <source>Cannot create the view %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a view like `shop`.`orders_view`</extracomment>
        <translation>Cannot create the view %1 on the target database. Check the details, then copy the database again.</translation>
    </message>
    <message>
        <source>Cannot create the stored procedure %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a procedure like `shop`.`close_orders`</extracomment>
        <translation>Cannot create the stored procedure %1 on the target database. Check the details, then copy the database again.</translation>
    </message>
    <message>
        <source>Cannot create the stored function %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a function like `shop`.`net_price`</extracomment>
        <translation>Cannot create the stored function %1 on the target database. Check the details, then copy the database again.</translation>
    </message>
    <message>
        <source>Cannot create the trigger %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a trigger like `shop`.`orders_bi`</extracomment>
        <translation>Cannot create the trigger %1 on the target database. Check the details, then copy the database again.</translation>
    </message>
    <message>
        <source>Cannot create the event %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: an event like `shop`.`nightly_cleanup`</extracomment>
        <translation>Cannot create the event %1 on the target database. Check the details, then copy the database again.</translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first in the rows of table %1 with %2. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: a table like `shop`.`orders`; %2: a key range like id in [1, 500)</extracomment>
        <translation>
            <numerusform>The copied data differs from the source in %n place, first in the rows of table %1 with %2. Do not switch over; copy the database again.</numerusform>
            <numerusform>The copied data differs from the source in %n places, first in the rows of table %1 with %2. Do not switch over; copy the database again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first in the rows of table %1. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: a table like `shop`.`orders`</extracomment>
        <translation>
            <numerusform>The copied data differs from the source in %n place, first in the rows of table %1. Do not switch over; copy the database again.</numerusform>
            <numerusform>The copied data differs from the source in %n places, first in the rows of table %1. Do not switch over; copy the database again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first: %1 is missing on the target. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: an object like `shop`.`orders_view`</extracomment>
        <translation>
            <numerusform>The copied data differs from the source in %n place, first: %1 is missing on the target. Do not switch over; copy the database again.</numerusform>
            <numerusform>The copied data differs from the source in %n places, first: %1 is missing on the target. Do not switch over; copy the database again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first in the definition of %1. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: a table or object like `shop`.`orders`</extracomment>
        <translation>
            <numerusform>The copied data differs from the source in %n place, first in the definition of %1. Do not switch over; copy the database again.</numerusform>
            <numerusform>The copied data differs from the source in %n places, first in the definition of %1. Do not switch over; copy the database again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::DnsCheck</name>
    <message>
        <source>DNS records of %1</source>
        <extracomment>%1: DNS name</extracomment>
        <translation>DNS records of %1</translation>
    </message>
    <message>
        <source>No DNS server answered for %1 in time.</source>
        <translation>No DNS server answered for %1 in time.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS.</source>
        <translation>%1 has no address in DNS.</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 could not be looked up: %2</translation>
    </message>
    <message>
        <source>%1 (TTL %2)</source>
        <extracomment>%1: address, %2: duration</extracomment>
        <translation>%1 (TTL %2)</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <extracomment>%1: name, %2: list of addresses with TTLs</extracomment>
        <translation>%1 resolves to %2.</translation>
    </message>
    <message>
        <source>None of these is %1, the address Cutover uses.</source>
        <translation>None of these is %1, the address Cutover uses.</translation>
    </message>
    <message>
        <source>Its TTL is long: after a DNS change, clients may keep using the old address for up to %1.</source>
        <translation>Its TTL is long: after a DNS change, clients may keep using the old address for up to %1.</translation>
    </message>
    <message>
        <source>Check the DNS records before changing them for the migration.</source>
        <translation>Check the DNS records before changing them for the migration.</translation>
    </message>
    <message>
        <source>Lower the TTL to %1 or less a day ahead (at least as long as the current TTL) so the DNS change reaches every client quickly.</source>
        <translation>Lower the TTL to %1 or less a day ahead (at least as long as the current TTL) so the DNS change reaches every client quickly.</translation>
    </message>
</context>
<context>
    <name>cutover::DowntimeEstimate</name>
    <message>
        <source>None: the source keeps serving throughout.</source>
        <comment>@info downtime</comment>
        <translation>None: the source keeps serving throughout.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1, whatever the data size: the data is copied while the source serves, and the source is read-only only while the target applies its last changes (at most %n second(s); otherwise the migration falls back and the source serves again).</source>
        <comment>@info downtime</comment>
        <extracomment>%1 is a duration such as &quot;12 seconds&quot;</extracomment>
        <translation>
            <numerusform>About %1, whatever the data size: the data is copied while the source serves, and the source is read-only only while the target applies its last changes (at most %n second; otherwise the migration falls back and the source serves again).</numerusform>
            <numerusform>About %1, whatever the data size: the data is copied while the source serves, and the source is read-only only while the target applies its last changes (at most %n seconds; otherwise the migration falls back and the source serves again).</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1: the source is read-only while all of its data is copied, so this grows with the data size.</source>
        <comment>@info downtime</comment>
        <extracomment>%1 is a duration such as &quot;4 minutes&quot;</extracomment>
        <translation>About %1: the source is read-only while all of its data is copied, so this grows with the data size.</translation>
    </message>
    <message>
        <source>None for the application: the other nodes of the group keep serving while the source leaves and the target takes its place.</source>
        <comment>@info downtime</comment>
        <translation>None for the application: the other nodes of the group keep serving while the source leaves and the target takes its place.</translation>
    </message>
</context>
<context>
    <name>cutover::ExecutionPage</name>
    <message>
        <source>%1: %2</source>
        <comment>@info log line: operation: state</comment>
        <extracomment>%1: operation title, %2: its new state</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You stopped the migration.</source>
        <comment>@info</comment>
        <translation>You stopped the migration.</translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <comment>@info</comment>
        <extracomment>%1: step title, %2: what went wrong</extracomment>
        <translation>The step “%1” failed: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <comment>@info</comment>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Everything was backed out automatically. The source serves exactly as before; the target may hold a partial copy, which the next migration overwrites.</source>
        <comment>@info</comment>
        <translation>Everything was backed out automatically. The source serves exactly as before; the target may hold a partial copy, which the next migration overwrites.</translation>
    </message>
    <message>
        <source>Undone, newest first:</source>
        <comment>@info</comment>
        <translation>Undone, newest first:</translation>
    </message>
    <message>
        <source>What to do: remove the cause shown above, then run the wizard again.</source>
        <comment>@info</comment>
        <translation>What to do: remove the cause shown above, then run the wizard again.</translation>
    </message>
    <message>
        <source>The run stopped safely after the point of no return, so nothing was undone. Its position is kept in the journal.</source>
        <comment>@info</comment>
        <translation>The run stopped safely after the point of no return, so nothing was undone. Its position is kept in the journal.</translation>
    </message>
    <message>
        <source>What to do: remove the cause shown above, then start Cutover again and choose Resume on the first page (or run “cutover-cli resume”). The run continues with the step that stopped.</source>
        <comment>@info</comment>
        <translation>What to do: remove the cause shown above, then start Cutover again and choose Resume on the first page (or run “cutover-cli resume”). The run continues with the step that stopped.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <comment>@info</comment>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Congratulations! The migration completed successfully. Click Next.</source>
        <comment>@info</comment>
        <translation>Congratulations! The migration completed successfully. Click Next.</translation>
    </message>
    <message>
        <source>The migration did not complete; every change was undone.</source>
        <comment>@info</comment>
        <translation>The migration did not complete; every change was undone.</translation>
    </message>
    <message>
        <source>The migration stopped and needs your attention.</source>
        <comment>@info</comment>
        <translation>The migration stopped and needs your attention.</translation>
    </message>
    <message>
        <source>The migration is past the point of no return and can no longer be stopped. Keep both systems and this computer running.</source>
        <comment>@info</comment>
        <translation>The migration is past the point of no return and can no longer be stopped. Keep both systems and this computer running.</translation>
    </message>
    <message>
        <source>The migration is running. Until the point of no return, Stop and Back Out undoes every change.</source>
        <comment>@info</comment>
        <translation>The migration is running. Until the point of no return, Stop and Back Out undoes every change.</translation>
    </message>
    <message>
        <source>Overall %1 — %2 elapsed</source>
        <comment>@info</comment>
        <extracomment>%1: percent done, %2: time since the start</extracomment>
        <translation>Overall %1 — %2 elapsed</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <comment>@info:accessible</comment>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>Execution</source>
        <comment>@title:window wizard step</comment>
        <translation>Execution</translation>
    </message>
    <message>
        <source>Each step shows its own progress. Times are estimates; they depend mostly on disk speed.</source>
        <comment>@info</comment>
        <translation>Each step shows its own progress. Times are estimates; they depend mostly on disk speed.</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <comment>@action:button</comment>
        <translation>Show &amp;log</translation>
    </message>
    <message>
        <source>Migration log</source>
        <comment>@info:accessible</comment>
        <translation>Migration log</translation>
    </message>
</context>
<context>
    <name>cutover::FinalOperation</name>
    <message>
        <source>The round-robin hosts come back on the master, with %1 in place of the source.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>The round-robin hosts come back on the master, with %1 in place of the source.</translation>
    </message>
    <message>
        <source>The target is taken out of maintenance if needed and the run is closed.</source>
        <comment>@info</comment>
        <translation>The target is taken out of maintenance if needed and the run is closed.</translation>
    </message>
    <message>
        <source>The target left maintenance.</source>
        <comment>@info</comment>
        <translation>The target left maintenance.</translation>
    </message>
    <message>
        <source>Round-robin hosts on the master %1: %2 replaced by %3</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 lists addresses, %3 the address that replaces them</extracomment>
        <translation>Round-robin hosts on the master %1: %2 replaced by %3</translation>
    </message>
</context>
<context>
    <name>cutover::Formatting</name>
    <message>
        <source>%1/s</source>
        <comment>@info throughput</comment>
        <extracomment>%1: a data size such as &quot;12.3 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@info duration</comment>
        <extracomment>seconds, abbreviated</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>@info duration</comment>
        <extracomment>%1 minutes, %2 seconds, abbreviated</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>@info duration</comment>
        <extracomment>%1 hours, %2 minutes, abbreviated</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>@info percent</comment>
        <extracomment>a percentage; keep or drop the space as your language writes it</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>cutover::HaGroup</name>
    <message>
        <source>The source reports no master for its high-availability group, so its round-robin hosts and its replication cannot be moved. Check the group&apos;s replication on the source.</source>
        <comment>@info</comment>
        <translation>The source reports no master for its high-availability group, so its round-robin hosts and its replication cannot be moved. Check the group&apos;s replication on the source.</translation>
    </message>
    <message>
        <source>The master of the group at %1 presented a certificate Cutover does not trust yet. Check its fingerprint on the master, trust it, and start again.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address; the fingerprint follows in the details</extracomment>
        <translation>The master of the group at %1 presented a certificate Cutover does not trust yet. Check its fingerprint on the master, trust it, and start again.</translation>
    </message>
</context>
<context>
    <name>cutover::HaReplicaOperation</name>
    <message>
        <source>the master of the group</source>
        <comment>@info</comment>
        <translation>the master of the group</translation>
    </message>
    <message>
        <source>%2 receives the data of %1 and then replicates from the master %3 in the source&apos;s place, until it has every change the master took meanwhile. The other nodes keep serving.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances, %3 is the master&apos;s address</extracomment>
        <translation>%2 receives the data of %1 and then replicates from the master %3 in the source&apos;s place, until it has every change the master took meanwhile. The other nodes keep serving.</translation>
    </message>
    <message>
        <source>The source is the master of its high-availability group. Cutover moves a node that replicates from the master; make another node the master first, then migrate this one.</source>
        <comment>@info</comment>
        <translation>The source is the master of its high-availability group. Cutover moves a node that replicates from the master; make another node the master first, then migrate this one.</translation>
    </message>
    <message>
        <source>The source still replicates from the master, so its data is still changing. Nothing was copied; the migration is backed out.</source>
        <comment>@info</comment>
        <translation>The source still replicates from the master, so its data is still changing. Nothing was copied; the migration is backed out.</translation>
    </message>
    <message>
        <source>The source has no replication position (GTID), so the target could not continue the replication where the source stopped. Nothing was copied; the migration is backed out.</source>
        <comment>@info</comment>
        <translation>The source has no replication position (GTID), so the target could not continue the replication where the source stopped. Nothing was copied; the migration is backed out.</translation>
    </message>
    <message>
        <source>Connecting the target to the master …</source>
        <comment>@info progress</comment>
        <translation>Connecting the target to the master …</translation>
    </message>
    <message>
        <source>The target replicates from the master %1, starting after %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 a GTID position</extracomment>
        <translation>The target replicates from the master %1, starting after %2.</translation>
    </message>
    <message>
        <source>The target&apos;s replication from the master stopped with an error: %1. The migration is backed out; the source rejoins its group.</source>
        <comment>@info</comment>
        <extracomment>%1 is MariaDB&apos;s own error text</extracomment>
        <translation>The target&apos;s replication from the master stopped with an error: %1. The migration is backed out; the source rejoins its group.</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>@info</comment>
        <translation>no answer</translation>
    </message>
    <message>
        <source>The target cannot replicate from the master %1 (%2). Check that the target reaches the master on port 3306 and that their database server IDs differ. The migration is backed out; the source rejoins its group.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 MariaDB&apos;s own error text</extracomment>
        <translation>The target cannot replicate from the master %1 (%2). Check that the target reaches the master on port 3306 and that their database server IDs differ. The migration is backed out; the source rejoins its group.</translation>
    </message>
    <message numerus="yes">
        <source>The target is %n transaction(s) behind the master …</source>
        <comment>@info progress</comment>
        <extracomment>%n transactions</extracomment>
        <translation>
            <numerusform>The target is %n transaction behind the master …</numerusform>
            <numerusform>The target is %n transactions behind the master …</numerusform>
        </translation>
    </message>
    <message>
        <source>The target did not catch up with the master within %1 seconds. The migration is backed out; the source rejoins its group. Try again at a quieter time.</source>
        <comment>@info</comment>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>The target did not catch up with the master within %1 seconds. The migration is backed out; the source rejoins its group. Try again at a quieter time.</translation>
    </message>
    <message>
        <source>The target replicates from the master %1 and has applied all of its changes</source>
        <comment>@info check</comment>
        <extracomment>%1 is the master&apos;s address</extracomment>
        <translation>The target replicates from the master %1 and has applied all of its changes</translation>
    </message>
    <message>
        <source>Pointing the master&apos;s replication at the target …</source>
        <comment>@info progress</comment>
        <translation>Pointing the master&apos;s replication at the target …</translation>
    </message>
    <message>
        <source>The master %1 now replicates from %2 instead of the source.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 the target&apos;s</extracomment>
        <translation>The master %1 now replicates from %2 instead of the source.</translation>
    </message>
    <message>
        <source>The target no longer replicates from the master, and its login on the master is removed.</source>
        <comment>@info</comment>
        <translation>The target no longer replicates from the master, and its login on the master is removed.</translation>
    </message>
    <message>
        <source>%1 does not hand out its database certificate, so the replication link to it is not verified.</source>
        <comment>@info</comment>
        <extracomment>%1 is an appliance&apos;s address</extracomment>
        <translation>%1 does not hand out its database certificate, so the replication link to it is not verified.</translation>
    </message>
    <message>
        <source>The target refused the database certificate of the master %1: it does not match what the master&apos;s management service reported, or it does not name the address %1 (%2). Give the master&apos;s database a certificate for this address, then try again. The migration is backed out; the source rejoins its group.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 MariaDB&apos;s own error text</extracomment>
        <translation>The target refused the database certificate of the master %1: it does not match what the master&apos;s management service reported, or it does not name the address %1 (%2). Give the master&apos;s database a certificate for this address, then try again. The migration is backed out; the source rejoins its group.</translation>
    </message>
</context>
<context>
    <name>cutover::HaVerifyOperation</name>
    <message>
        <source>%1 is checked: settings and license must match what was migrated, and it must replicate from the master without an error and hold all of its changes, before the run reports success.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>%1 is checked: settings and license must match what was migrated, and it must replicate from the master without an error and hold all of its changes, before the run reports success.</translation>
    </message>
    <message>
        <source>License active on the target</source>
        <comment>@info check</comment>
        <translation>License active on the target</translation>
    </message>
    <message>
        <source>License invalidated on the source</source>
        <comment>@info check</comment>
        <translation>License invalidated on the source</translation>
    </message>
    <message>
        <source>Checking the target&apos;s replication from the master …</source>
        <comment>@info progress</comment>
        <translation>Checking the target&apos;s replication from the master …</translation>
    </message>
    <message>
        <source>The target replicates from the master %1 without an error</source>
        <comment>@info check</comment>
        <extracomment>%1 is the master&apos;s address</extracomment>
        <translation>The target replicates from the master %1 without an error</translation>
    </message>
    <message>
        <source>The target holds the master&apos;s changes up to %1</source>
        <comment>@info check</comment>
        <extracomment>%1 is a GTID position</extracomment>
        <translation>The target holds the master&apos;s changes up to %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed on the target; the report lists them.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n check failed on the target; the report lists them.</numerusform>
            <numerusform>%n checks failed on the target; the report lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target&apos;s replication verifies the master&apos;s database certificate</source>
        <comment>@info check</comment>
        <translation>The target&apos;s replication verifies the master&apos;s database certificate</translation>
    </message>
    <message>
        <source>The target&apos;s replication from the master is encrypted but does not verify the master&apos;s database certificate.</source>
        <comment>@info</comment>
        <translation>The target&apos;s replication from the master is encrypted but does not verify the master&apos;s database certificate.</translation>
    </message>
</context>
<context>
    <name>cutover::Journal</name>
    <message>
        <source>The migration journal %1 cannot be read.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>The migration journal %1 cannot be read.</translation>
    </message>
    <message>
        <source>The migration journal %1 is damaged and cannot be used. Check both appliances by hand; move the file away to start a new migration.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>The migration journal %1 is damaged and cannot be used. Check both appliances by hand; move the file away to start a new migration.</translation>
    </message>
    <message>
        <source>The migration journal %1 was written by another version of Cutover.</source>
        <comment>@info</comment>
        <translation>The migration journal %1 was written by another version of Cutover.</translation>
    </message>
    <message>
        <source>The migration journal %1 cannot be written.</source>
        <comment>@info</comment>
        <translation>The migration journal %1 cannot be written.</translation>
    </message>
    <message>
        <source>The migration journal %1 cannot be moved aside.</source>
        <comment>@info</comment>
        <translation>The migration journal %1 cannot be moved aside.</translation>
    </message>
</context>
<context>
    <name>cutover::LicenseOperation</name>
    <message>
        <source>License %1 moves from %2 to %3: the target imports it, then the source&apos;s copy is invalidated.</source>
        <comment>@info</comment>
        <extracomment>%1 is a license GUID, %2 and %3 name the appliances</extracomment>
        <translation>License %1 moves from %2 to %3: the target imports it, then the source&apos;s copy is invalidated.</translation>
    </message>
    <message>
        <source>The source&apos;s license is not active and the target has none, so there is nothing to move. Contact the vendor with the license GUID.</source>
        <comment>@info</comment>
        <translation>The source&apos;s license is not active and the target has none, so there is nothing to move. Contact the vendor with the license GUID.</translation>
    </message>
    <message>
        <source>The target already has another active license; the source&apos;s license was not moved.</source>
        <comment>@info</comment>
        <translation>The target already has another active license; the source&apos;s license was not moved.</translation>
    </message>
    <message>
        <source>Exporting the license from the source …</source>
        <comment>@info progress</comment>
        <translation>Exporting the license from the source …</translation>
    </message>
    <message>
        <source>Importing the license on the target …</source>
        <comment>@info progress</comment>
        <translation>Importing the license on the target …</translation>
    </message>
    <message>
        <source>Invalidating the license on the source …</source>
        <comment>@info progress</comment>
        <translation>Invalidating the license on the source …</translation>
    </message>
    <message>
        <source>License GUID</source>
        <comment>@label receipt</comment>
        <translation>License GUID</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label receipt</comment>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <comment>@label receipt</comment>
        <translation>To</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@label receipt</comment>
        <translation>When</translation>
    </message>
    <message>
        <source>The license now belongs to the target; the source&apos;s copy is invalidated.</source>
        <comment>@info</comment>
        <translation>The license now belongs to the target; the source&apos;s copy is invalidated.</translation>
    </message>
    <message>
        <source>The source has no active maintenance contract, so its license was not moved. Renew the contract with your dealer, then resume.</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>The source has no active maintenance contract, so its license was not moved. Renew the contract with your dealer, then resume.</translation>
    </message>
    <message>
        <source>The source&apos;s maintenance contract ended on %1, so its license was not moved. Renew the contract with your dealer, then resume.</source>
        <comment>@info</comment>
        <translation>The source&apos;s maintenance contract ended on %1, so its license was not moved. Renew the contract with your dealer, then resume.</translation>
    </message>
</context>
<context>
    <name>cutover::MaintenanceOperation</name>
    <message>
        <source>%1 stops accepting changes: its database becomes read-only and its application API pauses. A backout turns maintenance off again.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>%1 stops accepting changes: its database becomes read-only and its application API pauses. A backout turns maintenance off again.</translation>
    </message>
    <message>
        <source>Turning maintenance on …</source>
        <comment>@info progress</comment>
        <translation>Turning maintenance on …</translation>
    </message>
    <message>
        <source>The source accepted the maintenance request but is not in maintenance.</source>
        <comment>@info</comment>
        <translation>The source accepted the maintenance request but is not in maintenance.</translation>
    </message>
    <message>
        <source>The source is in maintenance.</source>
        <comment>@info</comment>
        <translation>The source is in maintenance.</translation>
    </message>
    <message>
        <source>The source left maintenance and accepts changes again.</source>
        <comment>@info</comment>
        <translation>The source left maintenance and accepts changes again.</translation>
    </message>
</context>
<context>
    <name>cutover::MigrationPlan</name>
    <message>
        <source>unknown source role</source>
        <comment>@info</comment>
        <translation>unknown source role</translation>
    </message>
    <message>
        <source>unknown operation “%1”</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation id from the journal.</extracomment>
        <translation>unknown operation “%1”</translation>
    </message>
    <message>
        <source>invalid point of no return</source>
        <comment>@info</comment>
        <translation>invalid point of no return</translation>
    </message>
</context>
<context>
    <name>cutover::MigrationSession</name>
    <message>
        <source>Enter the address of the source appliance.</source>
        <comment>@info</comment>
        <translation>Enter the address of the source appliance.</translation>
    </message>
    <message>
        <source>Enter the admin password of both appliances.</source>
        <comment>@info</comment>
        <translation>Enter the admin password of both appliances.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same appliance (same machine id). Enter the address of the old appliance as the source and of the new one as the target.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 are addresses</extracomment>
        <translation>%1 and %2 are the same appliance (same machine id). Enter the address of the old appliance as the source and of the new one as the target.</translation>
    </message>
    <message>
        <source>A migration is already running.</source>
        <comment>@info</comment>
        <translation>A migration is already running.</translation>
    </message>
    <message>
        <source>An interrupted migration is in the journal. Resume it or back it out before starting a new one.</source>
        <comment>@info</comment>
        <translation>An interrupted migration is in the journal. Resume it or back it out before starting a new one.</translation>
    </message>
    <message>
        <source>There is no interrupted migration to continue.</source>
        <comment>@info</comment>
        <translation>There is no interrupted migration to continue.</translation>
    </message>
    <message>
        <source>The migration in the journal already succeeded.</source>
        <comment>@info</comment>
        <translation>The migration in the journal already succeeded.</translation>
    </message>
    <message>
        <source>The migration in the journal was backed out; start a new one.</source>
        <comment>@info</comment>
        <translation>The migration in the journal was backed out; start a new one.</translation>
    </message>
    <message>
        <source>There is no interrupted migration to back out.</source>
        <comment>@info</comment>
        <translation>There is no interrupted migration to back out.</translation>
    </message>
    <message>
        <source>Cutover chooses between the physical and the logical copy once it is connected to both appliances.</source>
        <comment>@info copy path</comment>
        <translation>Cutover chooses between the physical and the logical copy once it is connected to both appliances.</translation>
    </message>
</context>
<context>
    <name>cutover::MigrationWizard</name>
    <message>
        <source>The migration is past the point of no return.</source>
        <comment>@info</comment>
        <translation>The migration is past the point of no return.</translation>
    </message>
    <message>
        <source>If you close Cutover now, the step that is running is stopped and the run is kept in the journal. The source is not yet serving again: start Cutover again and choose Resume to finish it.</source>
        <comment>@info</comment>
        <translation>If you close Cutover now, the step that is running is stopped and the run is kept in the journal. The source is not yet serving again: start Cutover again and choose Resume to finish it.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <comment>@action:button</comment>
        <translation>&amp;Stop and Close</translation>
    </message>
    <message>
        <source>Stop the migration?</source>
        <comment>@info</comment>
        <translation>Stop the migration?</translation>
    </message>
    <message>
        <source>Every change made so far is undone, newest first: the source leaves maintenance and serves exactly as before. The target keeps a partial copy that the next migration overwrites.</source>
        <comment>@info</comment>
        <translation>Every change made so far is undone, newest first: the source leaves maintenance and serves exactly as before. The target keeps a partial copy that the next migration overwrites.</translation>
    </message>
    <message>
        <source>&amp;Stop, Back Out and Close</source>
        <comment>@action:button</comment>
        <translation>&amp;Stop, Back Out and Close</translation>
    </message>
    <message>
        <source>&amp;Stop and Back Out</source>
        <comment>@action:button</comment>
        <translation>&amp;Stop and Back Out</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <comment>@action:button</comment>
        <translation>&amp;Keep Running</translation>
    </message>
    <message>
        <source>Stops the migration and undoes every change made so far; the source serves as before.</source>
        <comment>@info:tooltip</comment>
        <translation>Stops the migration and undoes every change made so far; the source serves as before.</translation>
    </message>
    <message>
        <source>Closes the wizard. Nothing has been changed on either system.</source>
        <comment>@info:tooltip</comment>
        <translation>Closes the wizard. Nothing has been changed on either system.</translation>
    </message>
    <message>
        <source>Cutover — Migrate an Appliance</source>
        <comment>@title:window</comment>
        <translation>Cutover — Migrate an Appliance</translation>
    </message>
    <message>
        <source>Show the &amp;Result &gt;</source>
        <comment>@action:button</comment>
        <translation>Show the &amp;Result &gt;</translation>
    </message>
    <message>
        <source>About C&amp;utover</source>
        <comment>@action:button</comment>
        <translation>About C&amp;utover</translation>
    </message>
</context>
<context>
    <name>cutover::Operation</name>
    <message>
        <source>Copy the system settings</source>
        <comment>@title operation</comment>
        <translation>Copy the system settings</translation>
    </message>
    <message>
        <source>Copy the data while the source keeps serving</source>
        <comment>@title operation</comment>
        <translation>Copy the data while the source keeps serving</translation>
    </message>
    <message>
        <source>Remove the source&apos;s round-robin hosts from the master</source>
        <comment>@title operation</comment>
        <translation>Remove the source&apos;s round-robin hosts from the master</translation>
    </message>
    <message>
        <source>Put the source into maintenance</source>
        <comment>@title operation</comment>
        <translation>Put the source into maintenance</translation>
    </message>
    <message>
        <source>Deactivate the source&apos;s replica</source>
        <comment>@title operation</comment>
        <translation>Deactivate the source&apos;s replica</translation>
    </message>
    <message>
        <source>Copy the data</source>
        <comment>@title operation</comment>
        <translation>Copy the data</translation>
    </message>
    <message>
        <source>Catch up with the last changes on the source</source>
        <comment>@title operation</comment>
        <translation>Catch up with the last changes on the source</translation>
    </message>
    <message>
        <source>Modify the source configuration</source>
        <comment>@title operation</comment>
        <translation>Modify the source configuration</translation>
    </message>
    <message>
        <source>Migrate the license</source>
        <comment>@title operation</comment>
        <translation>Migrate the license</translation>
    </message>
    <message>
        <source>Reboot both systems</source>
        <comment>@title operation</comment>
        <translation>Reboot both systems</translation>
    </message>
    <message>
        <source>Copy the data and activate the replica</source>
        <comment>@title operation</comment>
        <translation>Copy the data and activate the replica</translation>
    </message>
    <message>
        <source>Update the certificates</source>
        <comment>@title operation</comment>
        <translation>Update the certificates</translation>
    </message>
    <message>
        <source>Restart the services</source>
        <comment>@title operation</comment>
        <translation>Restart the services</translation>
    </message>
    <message>
        <source>Copy the user traffic logs</source>
        <comment>@title operation</comment>
        <translation>Copy the user traffic logs</translation>
    </message>
    <message>
        <source>Final operations</source>
        <comment>@title operation</comment>
        <translation>Final operations</translation>
    </message>
    <message>
        <source>Verify the target</source>
        <comment>@title operation</comment>
        <translation>Verify the target</translation>
    </message>
    <message>
        <source>Copy the database files</source>
        <comment>@title operation</comment>
        <translation>Copy the database files</translation>
    </message>
</context>
<context>
    <name>cutover::OperationRow</name>
    <message>
        <source>Progress of %1</source>
        <comment>@info:accessible</comment>
        <extracomment>%1: operation title</extracomment>
        <translation>Progress of %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info:accessible title: state</comment>
        <extracomment>%1: operation title, %2: its state (&quot;Running&quot;, &quot;Done&quot; …)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>stalled</source>
        <comment>@info no progress for a while</comment>
        <translation>stalled</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>@info ETA</comment>
        <extracomment>%1: time left, e.g. &quot;3 min 20 s&quot;</extracomment>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>done in %1</source>
        <comment>@info</comment>
        <extracomment>%1: how long the operation took</extracomment>
        <translation>done in %1</translation>
    </message>
</context>
<context>
    <name>cutover::OperationState</name>
    <message>
        <source>Pending</source>
        <comment>@info operation state</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>@info operation state</comment>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info operation state</comment>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>@info operation state</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>@info operation state</comment>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <comment>@info operation state</comment>
        <translation>Rolled back</translation>
    </message>
</context>
<context>
    <name>cutover::OptionsPage</name>
    <message>
        <source>Exchanges the System Settings of the two systems, including network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and backup FTP, and reboots both. When off, only the basic settings are copied and the host-specific ones stay as they are here.</source>
        <comment>@info</comment>
        <translation>Exchanges the System Settings of the two systems, including network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and backup FTP, and reboots both. When off, only the basic settings are copied and the host-specific ones stay as they are here.</translation>
    </message>
    <message>
        <source>Moves the license here and invalidates it on the source, with a receipt. Possible because this system has no license and the source&apos;s maintenance contract is active.</source>
        <comment>@info</comment>
        <translation>Moves the license here and invalidates it on the source, with a receipt. Possible because this system has no license and the source&apos;s maintenance contract is active.</translation>
    </message>
    <message>
        <source>Copy User &amp;Traffic Logs (%1)</source>
        <comment>@option:check</comment>
        <extracomment>%1: size of the traffic logs</extracomment>
        <translation>Copy User &amp;Traffic Logs (%1)</translation>
    </message>
    <message>
        <source>Copies the files with the users&apos; traffic logs over SSH (port 22).</source>
        <comment>@info</comment>
        <translation>Copies the files with the users&apos; traffic logs over SSH (port 22).</translation>
    </message>
    <message>
        <source>Copies and verifies everything onto this system but changes nothing on the source: no maintenance, no license move, no reboot. Test the new system, then run the real migration later.</source>
        <comment>@info</comment>
        <translation>Copies and verifies everything onto this system but changes nothing on the source: no maintenance, no license move, no reboot. Test the new system, then run the real migration later.</translation>
    </message>
    <message>
        <source>Low downtime copies the data while the source still serves and stops it only for a short catch-up.</source>
        <comment>@info</comment>
        <translation>Low downtime copies the data while the source still serves and stops it only for a short catch-up.</translation>
    </message>
    <message>
        <source>Options</source>
        <comment>@title:window wizard step</comment>
        <translation>Options</translation>
    </message>
    <message>
        <source>Choose what the migration does. Nothing changes before you confirm on the next page.</source>
        <comment>@info</comment>
        <translation>Choose what the migration does. Nothing changes before you confirm on the next page.</translation>
    </message>
    <message>
        <source>&amp;Swap Configuration</source>
        <comment>@option:check</comment>
        <translation>&amp;Swap Configuration</translation>
    </message>
    <message>
        <source>Migrate &amp;License</source>
        <comment>@option:check</comment>
        <translation>Migrate &amp;License</translation>
    </message>
    <message>
        <source>&amp;Rehearsal (test the target first)</source>
        <comment>@option:check</comment>
        <translation>&amp;Rehearsal (test the target first)</translation>
    </message>
    <message>
        <source>How the data moves</source>
        <comment>@title:group</comment>
        <translation>How the data moves</translation>
    </message>
    <message>
        <source>&amp;Offline: the source is in maintenance for the whole copy</source>
        <comment>@option:radio</comment>
        <translation>&amp;Offline: the source is in maintenance for the whole copy</translation>
    </message>
    <message>
        <source>Low &amp;downtime: copy first, then a short catch-up</source>
        <comment>@option:radio</comment>
        <translation>Low &amp;downtime: copy first, then a short catch-up</translation>
    </message>
    <message>
        <source>Not available. %1</source>
        <comment>@info</comment>
        <extracomment>%1: why the option cannot be chosen, a whole sentence</extracomment>
        <translation>Not available. %1</translation>
    </message>
    <message>
        <source>A rehearsal changes nothing on the source.</source>
        <comment>@info</comment>
        <translation>A rehearsal changes nothing on the source.</translation>
    </message>
    <message>
        <source>This version of Cutover cannot copy traffic logs yet; copy them by hand afterwards.</source>
        <comment>@info</comment>
        <translation>This version of Cutover cannot copy traffic logs yet; copy them by hand afterwards.</translation>
    </message>
    <message>
        <source>A high-availability source already moves its data through replication.</source>
        <comment>@info</comment>
        <translation>A high-availability source already moves its data through replication.</translation>
    </message>
    <message>
        <source>This version of Cutover offers only the offline mode.</source>
        <comment>@info</comment>
        <translation>This version of Cutover offers only the offline mode.</translation>
    </message>
    <message>
        <source>Low downtime is not available. %1</source>
        <comment>@info</comment>
        <translation>Low downtime is not available. %1</translation>
    </message>
    <message>
        <source>Streams the source&apos;s database files to this system with mariadb-backup, far faster than copying table by table. Used only when both systems run MariaDB of the same version (here %1 and %2); otherwise the data is copied table by table. The next page says which copy the migration takes.</source>
        <comment>@info</comment>
        <extracomment>%1: source database (e.g. &quot;MariaDB 10.11.6&quot;), %2: target database</extracomment>
        <translation>Streams the source&apos;s database files to this system with mariadb-backup, far faster than copying table by table. Used only when both systems run MariaDB of the same version (here %1 and %2); otherwise the data is copied table by table. The next page says which copy the migration takes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@item appliance</comment>
        <extracomment>%1: host name, %2: address</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy the database &amp;files directly when both systems run the same MariaDB version (fastest)</source>
        <comment>@option:check</comment>
        <translation>Copy the database &amp;files directly when both systems run the same MariaDB version (fastest)</translation>
    </message>
</context>
<context>
    <name>cutover::PasswordReader</name>
    <message>
        <source>Cannot read the password file %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>No password: there is no terminal to ask on. Set %1 or use the password-file option.</source>
        <comment>@info</comment>
        <extracomment>%1 is an environment variable name</extracomment>
        <translation>No password: there is no terminal to ask on. Set %1 or use the password-file option.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <comment>@info answers meaning yes</comment>
        <extracomment>Accepted answers to a yes/no question, separated by |</extracomment>
        <translation>y|yes</translation>
    </message>
</context>
<context>
    <name>cutover::PasswordStore</name>
    <message>
        <source>The password is stored in the system keychain.</source>
        <translation>The password is stored in the system keychain.</translation>
    </message>
    <message>
        <source>The system keychain holds no password for this appliance.</source>
        <translation>The system keychain holds no password for this appliance.</translation>
    </message>
    <message>
        <source>No system keychain answered, so the password will not be remembered. Cutover never stores passwords anywhere else.</source>
        <translation>No system keychain answered, so the password will not be remembered. Cutover never stores passwords anywhere else.</translation>
    </message>
    <message>
        <source>The system keychain reported an error, so the password will not be remembered.</source>
        <translation>The system keychain reported an error, so the password will not be remembered.</translation>
    </message>
</context>
<context>
    <name>cutover::PhysicalCopyOperation</name>
    <message>
        <source>The database files of %2 (about %1 of data) are streamed to %3 while the source keeps serving, prepared there and swapped in for the target&apos;s databases, whose previous data is kept until the verification passes. Then the target replicates the changes made since the backup until it is level with the source. The source is only read.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>The database files of %2 (about %1 of data) are streamed to %3 while the source keeps serving, prepared there and swapped in for the target&apos;s databases, whose previous data is kept until the verification passes. Then the target replicates the changes made since the backup until it is level with the source. The source is only read.</translation>
    </message>
    <message>
        <source>The database files of %2 (about %1 of data) are streamed to %3, prepared there and swapped in for the target&apos;s databases, whose previous data is kept until the verification passes. The source is only read.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>The database files of %2 (about %1 of data) are streamed to %3, prepared there and swapped in for the target&apos;s databases, whose previous data is kept until the verification passes. The source is only read.</translation>
    </message>
    <message>
        <source>The target still replicates from the source; waiting for it to catch up.</source>
        <comment>@info</comment>
        <translation>The target still replicates from the source; waiting for it to catch up.</translation>
    </message>
    <message>
        <source>The earlier copy cannot be continued; the target&apos;s previous data is put back and the copy starts again.</source>
        <comment>@info</comment>
        <translation>The earlier copy cannot be continued; the target&apos;s previous data is put back and the copy starts again.</translation>
    </message>
    <message>
        <source>Following the target&apos;s restore job of the interrupted run.</source>
        <comment>@info</comment>
        <translation>Following the target&apos;s restore job of the interrupted run.</translation>
    </message>
    <message>
        <source>Comparing the databases of both appliances …</source>
        <comment>@info progress</comment>
        <translation>Comparing the databases of both appliances …</translation>
    </message>
    <message>
        <source>Cutover could not list the databases of both appliances. Nothing was changed; try again.</source>
        <comment>@info</comment>
        <translation>Cutover could not list the databases of both appliances. Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>The target holds databases the source does not have (%1), which the physical copy would remove. Nothing was changed; run the migration again with the logical copy (--logical-copy, or turn the physical copy off on the Options page).</source>
        <comment>@info</comment>
        <extracomment>%1 is a list of database names</extracomment>
        <translation>The target holds databases the source does not have (%1), which the physical copy would remove. Nothing was changed; run the migration again with the logical copy (--logical-copy, or turn the physical copy off on the Options page).</translation>
    </message>
    <message>
        <source>Asking the source for a backup …</source>
        <comment>@info progress</comment>
        <translation>Asking the source for a backup …</translation>
    </message>
    <message>
        <source>The source runs MariaDB %1 and the target MariaDB %2, so their database files cannot be copied. Nothing was changed; run the migration again with the logical copy (--logical-copy).</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 are MariaDB major versions</extracomment>
        <translation>The source runs MariaDB %1 and the target MariaDB %2, so their database files cannot be copied. Nothing was changed; run the migration again with the logical copy (--logical-copy).</translation>
    </message>
    <message>
        <source>The source&apos;s backup will stream about %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size</extracomment>
        <translation>The source&apos;s backup will stream about %1.</translation>
    </message>
    <message>
        <source>Starting the restore on the target …</source>
        <comment>@info progress</comment>
        <translation>Starting the restore on the target …</translation>
    </message>
    <message>
        <source>The target&apos;s restore job was replaced by another one. The migration backs out; start it again.</source>
        <comment>@info</comment>
        <translation>The target&apos;s restore job was replaced by another one. The migration backs out; start it again.</translation>
    </message>
    <message>
        <source>Bytes streamed</source>
        <comment>@label</comment>
        <translation>Bytes streamed</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>@label</comment>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Throughput</source>
        <comment>@label</comment>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>@label throughput</comment>
        <extracomment>%1 is a data size; &quot;per second&quot; follows</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>The backup was taken at the source&apos;s binary-log position %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position such as &quot;mariadb-bin.000003:1234 (0-11-57)&quot;</extracomment>
        <translation>The backup was taken at the source&apos;s binary-log position %1.</translation>
    </message>
    <message>
        <source>Backup position</source>
        <comment>@label</comment>
        <translation>Backup position</translation>
    </message>
    <message>
        <source>The source&apos;s database files run on the target; its previous data is kept until the verification passes.</source>
        <comment>@info</comment>
        <translation>The source&apos;s database files run on the target; its previous data is kept until the verification passes.</translation>
    </message>
    <message numerus="yes">
        <source>The copy of the database files made no progress for %n minute(s). The migration backs out: the target keeps its previous data and the source was not changed. Check the network between the appliances and try again.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>The copy of the database files made no progress for %n minute. The migration backs out: the target keeps its previous data and the source was not changed. Check the network between the appliances and try again.</numerusform>
            <numerusform>The copy of the database files made no progress for %n minutes. The migration backs out: the target keeps its previous data and the source was not changed. Check the network between the appliances and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming the database files: %1 of %2 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 and %2 are data sizes</extracomment>
        <translation>Streaming the database files: %1 of %2 …</translation>
    </message>
    <message>
        <source>Preparing the database files on the target …</source>
        <comment>@info progress</comment>
        <translation>Preparing the database files on the target …</translation>
    </message>
    <message>
        <source>Swapping the new database files in and starting the target&apos;s database …</source>
        <comment>@info progress</comment>
        <translation>Swapping the new database files in and starting the target&apos;s database …</translation>
    </message>
    <message>
        <source>The target runs the copied database files.</source>
        <comment>@info progress</comment>
        <translation>The target runs the copied database files.</translation>
    </message>
    <message>
        <source>The stream of the database files from the source was interrupted. The migration backs out: the target keeps its previous data and the source was not changed. Try again.</source>
        <comment>@info</comment>
        <translation>The stream of the database files from the source was interrupted. The migration backs out: the target keeps its previous data and the source was not changed. Try again.</translation>
    </message>
    <message>
        <source>The target reached an appliance with another certificate than the source&apos;s, so it sent nothing and stopped. Check that the target reaches the source at its address; nothing was changed.</source>
        <comment>@info</comment>
        <translation>The target reached an appliance with another certificate than the source&apos;s, so it sent nothing and stopped. Check that the target reaches the source at its address; nothing was changed.</translation>
    </message>
    <message>
        <source>The target&apos;s database did not start on the copied files, so the target put its previous data back. The migration backs out; the source was not changed. The report has the details.</source>
        <comment>@info</comment>
        <translation>The target&apos;s database did not start on the copied files, so the target put its previous data back. The migration backs out; the source was not changed. The report has the details.</translation>
    </message>
    <message>
        <source>The copy of the database files failed on the target: %1 The migration backs out: the target keeps its previous data and the source was not changed.</source>
        <comment>@info</comment>
        <extracomment>%1 is the target&apos;s own error message</extracomment>
        <translation>The copy of the database files failed on the target: %1 The migration backs out: the target keeps its previous data and the source was not changed.</translation>
    </message>
    <message>
        <source>The backup did not record a binary-log position (the source&apos;s binary log is off), so the target cannot replicate from it. The migration backs out; choose the offline mode.</source>
        <comment>@info</comment>
        <translation>The backup did not record a binary-log position (the source&apos;s binary log is off), so the target cannot replicate from it. The migration backs out; choose the offline mode.</translation>
    </message>
    <message>
        <source>Starting the replication to the target …</source>
        <comment>@info progress</comment>
        <translation>Starting the replication to the target …</translation>
    </message>
    <message>
        <source>The target could not start replicating from %1. Check that the target reaches the source&apos;s database port (3306); the source keeps serving. Try again, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>The target could not start replicating from %1. Check that the target reaches the source&apos;s database port (3306); the source keeps serving. Try again, or choose the offline mode.</translation>
    </message>
    <message>
        <source>The target replicates from the source from the backup&apos;s position %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position</extracomment>
        <translation>The target replicates from the source from the backup&apos;s position %1.</translation>
    </message>
    <message>
        <source>Putting the target&apos;s previous data back …</source>
        <comment>@info progress</comment>
        <translation>Putting the target&apos;s previous data back …</translation>
    </message>
    <message>
        <source>The target&apos;s previous data was already deleted after the verification; it cannot be put back.</source>
        <comment>@info</comment>
        <translation>The target&apos;s previous data was already deleted after the verification; it cannot be put back.</translation>
    </message>
    <message>
        <source>The target could not put its previous data back. Try the backout again.</source>
        <comment>@info</comment>
        <translation>The target could not put its previous data back. Try the backout again.</translation>
    </message>
    <message>
        <source>The target runs its previous data again.</source>
        <comment>@info</comment>
        <translation>The target runs its previous data again.</translation>
    </message>
    <message>
        <source>The target runs its previous data again and no longer replicates from the source.</source>
        <comment>@info</comment>
        <translation>The target runs its previous data again and no longer replicates from the source.</translation>
    </message>
    <message>
        <source>The target&apos;s disk has no room for the copied database files: they need about %1 of free space next to the target&apos;s current data. Free that much on the target&apos;s data disk (for example old backups or exported traffic logs) and start the migration again. The target keeps its previous data and the source was not changed.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size such as &quot;2.4 GB&quot;</extracomment>
        <translation>The target&apos;s disk has no room for the copied database files: they need about %1 of free space next to the target&apos;s current data. Free that much on the target&apos;s data disk (for example old backups or exported traffic logs) and start the migration again. The target keeps its previous data and the source was not changed.</translation>
    </message>
</context>
<context>
    <name>cutover::PortProbe</name>
    <message>
        <source>web server (HTTP)</source>
        <translation>web server (HTTP)</translation>
    </message>
    <message>
        <source>appliance API (HTTPS)</source>
        <translation>appliance API (HTTPS)</translation>
    </message>
    <message>
        <source>database (MariaDB/MySQL)</source>
        <translation>database (MariaDB/MySQL)</translation>
    </message>
    <message>
        <source>SSH (traffic logs)</source>
        <translation>SSH (traffic logs)</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Port %1, %2, on the target %3</source>
        <extracomment>%1: port number, %2: service, %3: host</extracomment>
        <translation>Port %1, %2, on the target %3</translation>
    </message>
    <message>
        <source>Port %1, %2, on the source %3</source>
        <translation>Port %1, %2, on the source %3</translation>
    </message>
    <message>
        <source>Open; the database server answered (version %1).</source>
        <translation>Open; the database server answered (version %1).</translation>
    </message>
    <message>
        <source>Open; the SSH server answered (%1).</source>
        <translation>Open; the SSH server answered (%1).</translation>
    </message>
    <message>
        <source>Open; the TLS handshake completed.</source>
        <translation>Open; the TLS handshake completed.</translation>
    </message>
    <message>
        <source>Open; the web server answered (%1).</source>
        <translation>Open; the web server answered (%1).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.</source>
        <translation>%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2 in time: a firewall drops the traffic, or the system is off.</source>
        <translation>No answer from %1 on port %2 in time: a firewall drops the traffic, or the system is off.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 cannot be reached (%2).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Check that %1 is the appliance and that its services run, and open port %2 on any firewall between the two systems.</source>
        <translation>Check that %1 is the appliance and that its services run, and open port %2 on any firewall between the two systems.</translation>
    </message>
    <message>
        <source>Check that the system is switched on and open port %1 on every firewall between the two systems.</source>
        <translation>Check that the system is switched on and open port %1 on every firewall between the two systems.</translation>
    </message>
    <message>
        <source>Check that %1 is the address of the appliance and not of another server, and that no port forwarding sends port %2 elsewhere.</source>
        <translation>Check that %1 is the address of the appliance and not of another server, and that no port forwarding sends port %2 elsewhere.</translation>
    </message>
    <message>
        <source>Check the address and the network connection between the two systems.</source>
        <translation>Check the address and the network connection between the two systems.</translation>
    </message>
    <message>
        <source>A service accepted the connection there but sent nothing.</source>
        <translation>A service accepted the connection there but sent nothing.</translation>
    </message>
    <message>
        <source>An SSH server answered instead (%1).</source>
        <extracomment>%1: SSH banner</extracomment>
        <translation>An SSH server answered instead (%1).</translation>
    </message>
    <message>
        <source>A MariaDB/MySQL server answered instead (%1).</source>
        <extracomment>%1: server version</extracomment>
        <translation>A MariaDB/MySQL server answered instead (%1).</translation>
    </message>
    <message>
        <source>A web server without TLS answered instead (%1).</source>
        <extracomment>%1: HTTP status line</extracomment>
        <translation>A web server without TLS answered instead (%1).</translation>
    </message>
    <message>
        <source>A TLS service answered instead.</source>
        <translation>A TLS service answered instead.</translation>
    </message>
    <message>
        <source>An unknown service answered instead.</source>
        <translation>An unknown service answered instead.</translation>
    </message>
    <message>
        <source>An unknown service answered instead and sent &quot;%1&quot;.</source>
        <extracomment>%1: the first bytes the service sent</extracomment>
        <translation>An unknown service answered instead and sent &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A service accepted the connection there but did not complete a TLS handshake.</source>
        <translation>A service accepted the connection there but did not complete a TLS handshake.</translation>
    </message>
    <message>
        <source>The service there does not speak TLS.</source>
        <translation>The service there does not speak TLS.</translation>
    </message>
    <message>
        <source>A TLS service answered, but its handshake failed (%1).</source>
        <extracomment>%1: the TLS error</extracomment>
        <translation>A TLS service answered, but its handshake failed (%1).</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the web server (HTTP) does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 on %2 is open, but the web server (HTTP) does not answer there.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the appliance API (HTTPS) does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 on %2 is open, but the appliance API (HTTPS) does not answer there.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the database (MariaDB/MySQL) does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 on %2 is open, but the database (MariaDB/MySQL) does not answer there.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the SSH server does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 on %2 is open, but the SSH server does not answer there.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the expected service does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 on %2 is open, but the expected service does not answer there.</translation>
    </message>
    <message>
        <source>Port %1, SSH for the traffic-log import, on the target %2</source>
        <extracomment>%1: port number, %2: host</extracomment>
        <translation>Port %1, SSH for the traffic-log import, on the target %2</translation>
    </message>
    <message>
        <source>The traffic logs are uploaded to the target %2 over SSH on port %1, but no SSH server answers there.</source>
        <extracomment>%1: port number, %2: host; followed by what the probe found</extracomment>
        <translation>The traffic logs are uploaded to the target %2 over SSH on port %1, but no SSH server answers there.</translation>
    </message>
    <message>
        <source>On the target, let sshd listen on port %1 with the traffic-log import block (see [ssh] importPort in /etc/cutover/applianced.conf) and open port %1 on every firewall between this computer and the target. Or migrate without copying the traffic logs.</source>
        <extracomment>%1: port number</extracomment>
        <translation>On the target, let sshd listen on port %1 with the traffic-log import block (see [ssh] importPort in /etc/cutover/applianced.conf) and open port %1 on every firewall between this computer and the target. Or migrate without copying the traffic logs.</translation>
    </message>
</context>
<context>
    <name>cutover::Preflight</name>
    <message>
        <source>Certificate of the source %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address</extracomment>
        <translation>Certificate of the source %1</translation>
    </message>
    <message>
        <source>Certificate of the target %1</source>
        <comment>@info check title</comment>
        <translation>Certificate of the target %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the appliance&apos;s console. Only if they match, give the new fingerprint explicitly to trust it.</source>
        <comment>@info</comment>
        <translation>Compare the fingerprint with the one shown on the appliance&apos;s console. Only if they match, give the new fingerprint explicitly to trust it.</translation>
    </message>
    <message>
        <source>The certificate matches the fingerprint you gave: %1</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>The certificate matches the fingerprint you gave: %1</translation>
    </message>
    <message>
        <source>The certificate is the one trusted before: %1</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>The certificate is the one trusted before: %1</translation>
    </message>
    <message>
        <source>You trusted the certificate with the SHA-256 fingerprint %1.</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>You trusted the certificate with the SHA-256 fingerprint %1.</translation>
    </message>
    <message>
        <source>The certificate of %1 has not been trusted yet. Its SHA-256 fingerprint is %2.</source>
        <comment>@info</comment>
        <extracomment>%1: address, %2: SHA-256 fingerprint</extracomment>
        <translation>The certificate of %1 has not been trusted yet. Its SHA-256 fingerprint is %2.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the source&apos;s console; if they match, trust it (cutover-cli: --trust-source %1).</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Compare the fingerprint with the one shown on the source&apos;s console; if they match, trust it (cutover-cli: --trust-source %1).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the target&apos;s console; if they match, trust it (cutover-cli: --trust-target %1).</source>
        <comment>@info</comment>
        <translation>Compare the fingerprint with the one shown on the target&apos;s console; if they match, trust it (cutover-cli: --trust-target %1).</translation>
    </message>
    <message>
        <source>Log in to the source %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address</extracomment>
        <translation>Log in to the source %1</translation>
    </message>
    <message>
        <source>Log in to the target %1</source>
        <comment>@info check title</comment>
        <translation>Log in to the target %1</translation>
    </message>
    <message>
        <source>Logged in as admin.</source>
        <comment>@info</comment>
        <translation>Logged in as admin.</translation>
    </message>
    <message>
        <source>High-availability source</source>
        <comment>@info check title</comment>
        <translation>High-availability source</translation>
    </message>
    <message>
        <source>This version of Cutover cannot yet move a source that is part of a high-availability group.</source>
        <comment>@info</comment>
        <translation>This version of Cutover cannot yet move a source that is part of a high-availability group.</translation>
    </message>
    <message>
        <source>Use a version of Cutover that supports high availability.</source>
        <comment>@info</comment>
        <translation>Use a version of Cutover that supports high availability.</translation>
    </message>
    <message>
        <source>Certificate of the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Certificate of the group&apos;s master %1</translation>
    </message>
    <message>
        <source>Log in to the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Log in to the group&apos;s master %1</translation>
    </message>
    <message>
        <source>The source is the master of its high-availability group. Cutover moves a node that replicates from the master.</source>
        <comment>@info</comment>
        <translation>The source is the master of its high-availability group. Cutover moves a node that replicates from the master.</translation>
    </message>
    <message>
        <source>Make another node of the group the master, then migrate this one.</source>
        <comment>@info</comment>
        <translation>Make another node of the group the master, then migrate this one.</translation>
    </message>
    <message>
        <source>Master of the group</source>
        <comment>@info check title</comment>
        <translation>Master of the group</translation>
    </message>
    <message>
        <source>The source reports no master for its high-availability group.</source>
        <comment>@info</comment>
        <translation>The source reports no master for its high-availability group.</translation>
    </message>
    <message>
        <source>Check the group&apos;s replication on the source, then check again.</source>
        <comment>@info</comment>
        <translation>Check the group&apos;s replication on the source, then check again.</translation>
    </message>
    <message>
        <source>Round-robin hosts on the master</source>
        <comment>@info check title</comment>
        <translation>Round-robin hosts on the master</translation>
    </message>
    <message>
        <source>The master %1 does not list the source among its round-robin hosts; there is nothing to take out and put back.</source>
        <comment>@info</comment>
        <extracomment>%1: the master&apos;s address</extracomment>
        <translation>The master %1 does not list the source among its round-robin hosts; there is nothing to take out and put back.</translation>
    </message>
    <message>
        <source>%1 leave the round-robin hosts of the master %2 during the migration; the target&apos;s address takes their place at the end.</source>
        <comment>@info</comment>
        <extracomment>%1: addresses, %2: the master&apos;s address</extracomment>
        <translation>%1 leave the round-robin hosts of the master %2 during the migration; the target&apos;s address takes their place at the end.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the master&apos;s console; if they match, trust it (cutover-cli: --trust-master %1).</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Compare the fingerprint with the one shown on the master&apos;s console; if they match, trust it (cutover-cli: --trust-master %1).</translation>
    </message>
</context>
<context>
    <name>cutover::ProgressPrinter</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>@info ETA seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>@info ETA</comment>
        <extracomment>%1 minutes, %2 seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>@info ETA</comment>
        <extracomment>%1 hours, %2 minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>@info throughput</comment>
        <extracomment>%1 is a data size like &quot;12.3 MB&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>stalled</source>
        <comment>@info progress: nothing moves</comment>
        <translation>stalled</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a duration</extracomment>
        <translation>ETA %1</translation>
    </message>
</context>
<context>
    <name>cutover::RebootOperation</name>
    <message>
        <source>%1 and %2 reboot with their exchanged settings; Cutover waits until both answer again at their new addresses.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>%1 and %2 reboot with their exchanged settings; Cutover waits until both answer again at their new addresses.</translation>
    </message>
    <message>
        <source>Rebooting both systems …</source>
        <comment>@info progress</comment>
        <translation>Rebooting both systems …</translation>
    </message>
    <message>
        <source>Both systems are rebooting.</source>
        <comment>@info</comment>
        <translation>Both systems are rebooting.</translation>
    </message>
    <message>
        <source>Waiting for %1 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Waiting for %1 …</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>%1 is back.</translation>
    </message>
    <message>
        <source>%1 came back with a different certificate. Check its fingerprint, then resume with --trust-target/--trust-source set to it.</source>
        <comment>@info</comment>
        <translation>%1 came back with a different certificate. Check its fingerprint, then resume with --trust-target/--trust-source set to it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not come back after the reboot within %n minute(s). Check the appliance&apos;s console, then resume the migration.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>
            <numerusform>%1 did not come back after the reboot within %n minute. Check the appliance&apos;s console, then resume the migration.</numerusform>
            <numerusform>%1 did not come back after the reboot within %n minutes. Check the appliance&apos;s console, then resume the migration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::ReplicaOperation</name>
    <message>
        <source>%1 stops replicating from its peer; the other nodes keep serving.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>%1 stops replicating from its peer; the other nodes keep serving.</translation>
    </message>
    <message>
        <source>The source&apos;s replica is deactivated.</source>
        <comment>@info</comment>
        <translation>The source&apos;s replica is deactivated.</translation>
    </message>
    <message>
        <source>The source&apos;s replica is running again.</source>
        <comment>@info</comment>
        <translation>The source&apos;s replica is running again.</translation>
    </message>
</context>
<context>
    <name>cutover::ReplicationLink</name>
    <message>
        <source>The target&apos;s replication stopped.</source>
        <comment>@info</comment>
        <translation>The target&apos;s replication stopped.</translation>
    </message>
    <message>
        <source>The source has no binary log.</source>
        <comment>@info</comment>
        <translation>The source has no binary log.</translation>
    </message>
</context>
<context>
    <name>cutover::ReplicationSteps</name>
    <message>
        <source>Cutover is not connected to %1.</source>
        <comment>@info</comment>
        <translation>Cutover is not connected to %1.</translation>
    </message>
    <message>
        <source>The target&apos;s replication link to the source could not be removed.</source>
        <comment>@info</comment>
        <translation>The target&apos;s replication link to the source could not be removed.</translation>
    </message>
    <message>
        <source>Waiting for the target&apos;s replication to start …</source>
        <comment>@info progress</comment>
        <translation>Waiting for the target&apos;s replication to start …</translation>
    </message>
    <message>
        <source>The target is up to date with the source.</source>
        <comment>@info progress</comment>
        <translation>The target is up to date with the source.</translation>
    </message>
    <message numerus="yes">
        <source>The target is %1 (%n second(s)) behind the source …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an amount of binary log such as &quot;1.2 MB&quot;; the target is behind by that much</extracomment>
        <translation>
            <numerusform>The target is %1 (%n second) behind the source …</numerusform>
            <numerusform>The target is %1 (%n seconds) behind the source …</numerusform>
        </translation>
    </message>
    <message>
        <source>The target is %1 behind the source …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an amount of binary log such as &quot;1.2 MB&quot;</extracomment>
        <translation>The target is %1 behind the source …</translation>
    </message>
    <message>
        <source>%1 does not hand out its database certificate, so the replication link to it is not verified.</source>
        <comment>@info</comment>
        <extracomment>%1 is the source&apos;s address</extracomment>
        <translation>%1 does not hand out its database certificate, so the replication link to it is not verified.</translation>
    </message>
</context>
<context>
    <name>cutover::Report</name>
    <message>
        <source>%1 ms</source>
        <comment>@info duration</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>@info duration</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>@info duration</comment>
        <extracomment>%1 minutes, %2 seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <comment>@label</comment>
        <translation>Duration: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>@info check</comment>
        <translation>passed</translation>
    </message>
    <message>
        <source>FAILED</source>
        <comment>@info check</comment>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Cutover migration report</source>
        <comment>@title</comment>
        <translation>Cutover migration report</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Cannot write the report to %1.</translation>
    </message>
</context>
<context>
    <name>cutover::Result</name>
    <message>
        <source>Cancelled by the user.</source>
        <comment>@info</comment>
        <extracomment>Shown when the user cancelled a running step.</extracomment>
        <translation>Cancelled by the user.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>@info context: message</comment>
        <extracomment>%1 is what was being done (an operation&apos;s title), %2 the reason it failed.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cutover::ResultPage</name>
    <message>
        <source>Saved to %1</source>
        <comment>@info</comment>
        <extracomment>%1: file path</extracomment>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Save Report</source>
        <comment>@title:window</comment>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>The rehearsal was successful!</source>
        <comment>@info</comment>
        <translation>The rehearsal was successful!</translation>
    </message>
    <message>
        <source>The migration was successful!</source>
        <comment>@info</comment>
        <translation>The migration was successful!</translation>
    </message>
    <message>
        <source>The target holds a verified copy of the source; the source was not changed. Test the target, then run the real migration.</source>
        <comment>@info</comment>
        <extracomment>%1: target address</extracomment>
        <translation>The target holds a verified copy of the source; the source was not changed. Test the target, then run the real migration.</translation>
    </message>
    <message>
        <source>Settings, data and license were verified on the target. Click Close to open the login page of the new system at %1.</source>
        <comment>@info</comment>
        <translation>Settings, data and license were verified on the target. Click Close to open the login page of the new system at %1.</translation>
    </message>
    <message>
        <source>The migration did not complete.</source>
        <comment>@info</comment>
        <translation>The migration did not complete.</translation>
    </message>
    <message>
        <source>Every change was undone and the source serves as before. The report lists the cause and what was undone. Remove the cause, then start the wizard again.</source>
        <comment>@info</comment>
        <translation>Every change was undone and the source serves as before. The report lists the cause and what was undone. Remove the cause, then start the wizard again.</translation>
    </message>
    <message>
        <source>The migration stopped and needs your attention.</source>
        <comment>@info</comment>
        <translation>The migration stopped and needs your attention.</translation>
    </message>
    <message>
        <source>The run is past the point of no return and is kept in the journal (%1). Start Cutover again and choose Resume on the first page, or run “cutover-cli resume”.</source>
        <comment>@info</comment>
        <extracomment>%1: path of the journal file</extracomment>
        <translation>The run is past the point of no return and is kept in the journal (%1). Start Cutover again and choose Resume on the first page, or run “cutover-cli resume”.</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:window wizard step</comment>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <comment>@action:button</comment>
        <translation>&amp;Save Report…</translation>
    </message>
    <message>
        <source>Save the run report as a web page</source>
        <comment>@action:button</comment>
        <translation>Save the run report as a web page</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action:button</comment>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Now set the DNS configuration back, so that clients reach the new system:</source>
        <comment>@info</comment>
        <translation>Now set the DNS configuration back, so that clients reach the new system:</translation>
    </message>
    <message>
        <source>The source serves again. If you changed the DNS configuration before the migration, undo these changes until you try again:</source>
        <comment>@info</comment>
        <translation>The source serves again. If you changed the DNS configuration before the migration, undo these changes until you try again:</translation>
    </message>
    <message>
        <source>Keep the DNS changes you made before the migration until the migration is resumed and finished.</source>
        <comment>@info</comment>
        <translation>Keep the DNS changes you made before the migration until the migration is resumed and finished.</translation>
    </message>
    <message>
        <source>The target replicates from the group&apos;s master %1 in the source&apos;s place, and the master&apos;s round-robin list names the target instead of the source.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the group&apos;s master</extracomment>
        <translation>The target replicates from the group&apos;s master %1 in the source&apos;s place, and the master&apos;s round-robin list names the target instead of the source.</translation>
    </message>
</context>
<context>
    <name>cutover::RoundRobinOperation</name>
    <message>
        <source>The master of the group stops sending clients to the source: %1 leave the round-robin hosts for now and come back at the end.</source>
        <comment>@info</comment>
        <extracomment>%1 lists addresses</extracomment>
        <translation>The master of the group stops sending clients to the source: %1 leave the round-robin hosts for now and come back at the end.</translation>
    </message>
    <message>
        <source>The source is not among the round-robin hosts; nothing to remove.</source>
        <comment>@info</comment>
        <translation>The source is not among the round-robin hosts; nothing to remove.</translation>
    </message>
    <message>
        <source>The source&apos;s round-robin hosts are back on the master.</source>
        <comment>@info</comment>
        <translation>The source&apos;s round-robin hosts are back on the master.</translation>
    </message>
    <message>
        <source>Removed from the round-robin hosts on the master %2: %1</source>
        <comment>@info</comment>
        <extracomment>%1 lists addresses, %2 is the master&apos;s address</extracomment>
        <translation>Removed from the round-robin hosts on the master %2: %1</translation>
    </message>
</context>
<context>
    <name>cutover::Runner</name>
    <message>
        <source>The migration is past its point of no return and cannot be backed out. Resume it to finish.</source>
        <comment>@info</comment>
        <translation>The migration is past its point of no return and cannot be backed out. Resume it to finish.</translation>
    </message>
    <message>
        <source>Backout requested.</source>
        <comment>@info</comment>
        <translation>Backout requested.</translation>
    </message>
    <message>
        <source>An unexpected error stopped this step.</source>
        <comment>@info</comment>
        <translation>An unexpected error stopped this step.</translation>
    </message>
    <message>
        <source>The migration stopped after its point of no return, so nothing was undone: the source has already been handed over. Remove the cause above, then resume with “cutover-cli resume” or by starting the wizard again; finished steps are not repeated.</source>
        <comment>@info</comment>
        <translation>The migration stopped after its point of no return, so nothing was undone: the source has already been handed over. Remove the cause above, then resume with “cutover-cli resume” or by starting the wizard again; finished steps are not repeated.</translation>
    </message>
    <message>
        <source>Backing out: the migration did not pass its point of no return, so every step that started is undone, newest first.</source>
        <comment>@info</comment>
        <translation>Backing out: the migration did not pass its point of no return, so every step that started is undone, newest first.</translation>
    </message>
    <message>
        <source>Nothing to undo for “%1”: it changed nothing on the source.</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title</extracomment>
        <translation>Nothing to undo for “%1”: it changed nothing on the source.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <comment>@info</comment>
        <extracomment>%1 describes what was undone</extracomment>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title, %2 the reason</extracomment>
        <translation>Could not undo “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>The backout did not finish: %n step(s) could not be undone. Check the source appliance, then run “cutover-cli backout” again.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>The backout did not finish: %n step could not be undone. Check the source appliance, then run “cutover-cli backout” again.</numerusform>
            <numerusform>The backout did not finish: %n steps could not be undone. Check the source appliance, then run “cutover-cli backout” again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrated and verified</source>
        <comment>@info run outcome</comment>
        <translation>Migrated and verified</translation>
    </message>
    <message>
        <source>Failed and backed out</source>
        <comment>@info run outcome</comment>
        <translation>Failed and backed out</translation>
    </message>
    <message>
        <source>Stopped, needs attention</source>
        <comment>@info run outcome</comment>
        <translation>Stopped, needs attention</translation>
    </message>
</context>
<context>
    <name>cutover::ServicesOperation</name>
    <message>
        <source>The web server, the database and SSH restart on %1 with the new configuration.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>The web server, the database and SSH restart on %1 with the new configuration.</translation>
    </message>
    <message>
        <source>Restarting the services on %1 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Restarting the services on %1 …</translation>
    </message>
    <message>
        <source>Restarted on %1: %2</source>
        <comment>@info</comment>
        <translation>Restarted on %1: %2</translation>
    </message>
</context>
<context>
    <name>cutover::SettingsCopyOperation</name>
    <message>
        <source>%1 and %2 exchange all their System Settings, network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and FTP backup included. They take effect when both reboot.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>%1 and %2 exchange all their System Settings, network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and FTP backup included. They take effect when both reboot.</translation>
    </message>
    <message>
        <source>The basic System Settings of %1 (time and NTP, mail relay, language, syslog forwarding, captive portal) are copied to %2. Its network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and FTP backup settings stay as they are.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>The basic System Settings of %1 (time and NTP, mail relay, language, syslog forwarding, captive portal) are copied to %2. Its network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and FTP backup settings stay as they are.</translation>
    </message>
    <message>
        <source>Writing the settings to the target …</source>
        <comment>@info progress</comment>
        <translation>Writing the settings to the target …</translation>
    </message>
    <message numerus="yes">
        <source>%n settings group(s) copied to the target: %1</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n settings group copied to the target: %1</numerusform>
            <numerusform>%n settings groups copied to the target: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on the target: %1</source>
        <comment>@info</comment>
        <translation>Kept on the target: %1</translation>
    </message>
    <message>
        <source>Writing the target&apos;s settings to the source …</source>
        <comment>@info progress</comment>
        <translation>Writing the target&apos;s settings to the source …</translation>
    </message>
    <message>
        <source>The source received the target&apos;s settings; both take effect at the reboot.</source>
        <comment>@info</comment>
        <translation>The source received the target&apos;s settings; both take effect at the reboot.</translation>
    </message>
    <message>
        <source>The source has its own System Settings again.</source>
        <comment>@info</comment>
        <translation>The source has its own System Settings again.</translation>
    </message>
</context>
<context>
    <name>cutover::SettingsDiff</name>
    <message>
        <source>%1: not set → %2</source>
        <comment>@info settings diff</comment>
        <extracomment>%1: setting (group.key), %2: new value</extracomment>
        <translation>%1: not set → %2</translation>
    </message>
    <message>
        <source>%1: %2 → back to its default</source>
        <comment>@info settings diff</comment>
        <extracomment>%1: setting (group.key), %2: old value</extracomment>
        <translation>%1: %2 → back to its default</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>@info settings diff</comment>
        <extracomment>%1: setting (group.key), %2: old value, %3: new value</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Kept as they are (not copied): %1</source>
        <comment>@info settings diff</comment>
        <extracomment>%1: comma-separated list of settings groups</extracomment>
        <translation>Kept as they are (not copied): %1</translation>
    </message>
</context>
<context>
    <name>cutover::SettingsDiffView</name>
    <message>
        <source>Network</source>
        <comment>@item settings group</comment>
        <translation>Network</translation>
    </message>
    <message>
        <source>DNS</source>
        <comment>@item settings group</comment>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Web server</source>
        <comment>@item settings group</comment>
        <translation>Web server</translation>
    </message>
    <message>
        <source>Round-robin host</source>
        <comment>@item settings group</comment>
        <translation>Round-robin host</translation>
    </message>
    <message>
        <source>Load-balancing domain</source>
        <comment>@item settings group</comment>
        <translation>Load-balancing domain</translation>
    </message>
    <message>
        <source>Remote data exchange</source>
        <comment>@item settings group</comment>
        <translation>Remote data exchange</translation>
    </message>
    <message>
        <source>Backup FTP</source>
        <comment>@item settings group</comment>
        <translation>Backup FTP</translation>
    </message>
    <message>
        <source>Time and NTP</source>
        <comment>@item settings group</comment>
        <translation>Time and NTP</translation>
    </message>
    <message>
        <source>Mail relay</source>
        <comment>@item settings group</comment>
        <translation>Mail relay</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@item settings group</comment>
        <translation>Language</translation>
    </message>
    <message>
        <source>Syslog forwarding</source>
        <comment>@item settings group</comment>
        <translation>Syslog forwarding</translation>
    </message>
    <message>
        <source>Captive portal</source>
        <comment>@item settings group</comment>
        <translation>Captive portal</translation>
    </message>
    <message>
        <source>Settings that c&amp;hange on each system:</source>
        <comment>@label</comment>
        <translation>Settings that c&amp;hange on each system:</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>@title:column</comment>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@title:column settings diff</comment>
        <translation>Now</translation>
    </message>
    <message>
        <source>After the migration</source>
        <comment>@title:column settings diff</comment>
        <translation>After the migration</translation>
    </message>
    <message>
        <source>Settings that change on each system</source>
        <comment>@info:accessible</comment>
        <translation>Settings that change on each system</translation>
    </message>
    <message>
        <source>Source %1: nothing changes, its settings are only read</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: the source, &quot;name (address)&quot;</extracomment>
        <translation>Source %1: nothing changes, its settings are only read</translation>
    </message>
    <message>
        <source>Source %1: no setting changes</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: the appliance, &quot;name (address)&quot;</extracomment>
        <translation>Source %1: no setting changes</translation>
    </message>
    <message>
        <source>Target %1: no setting changes</source>
        <comment>@item settings diff</comment>
        <translation>Target %1: no setting changes</translation>
    </message>
    <message numerus="yes">
        <source>Source %1: %n setting(s) change</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: the appliance, &quot;name (address)&quot;; %n: number of settings</extracomment>
        <translation>
            <numerusform>Source %1: %n setting change</numerusform>
            <numerusform>Source %1: %n settings change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target %1: %n setting(s) change</source>
        <comment>@item settings diff</comment>
        <translation>
            <numerusform>Target %1: %n setting change</numerusform>
            <numerusform>Target %1: %n settings change</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: excluded, stays as it is (host-specific)</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: settings group title; excluded from the copy on purpose</extracomment>
        <translation>%1: excluded, stays as it is (host-specific)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>@item settings diff value</comment>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <comment>@item settings diff value</comment>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>(default)</source>
        <comment>@item settings diff value</comment>
        <translation>(default)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>@info:tooltip settings diff</comment>
        <extracomment>%1: setting, %2: value now, %3: value after the migration</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>cutover::SftpDownloader</name>
    <message>
        <source>There is not enough free space in %1 for the traffic logs: %2 still to copy, %3 free. Free some space there (or choose another destination), then run the step again; what was already copied is kept.</source>
        <comment>@info</comment>
        <extracomment>%1 is a directory, %2 and %3 are data sizes</extracomment>
        <translation>There is not enough free space in %1 for the traffic logs: %2 still to copy, %3 free. Free some space there (or choose another destination), then run the step again; what was already copied is kept.</translation>
    </message>
    <message>
        <source>Cutover could not write %1. Check that the destination directory exists and is writable, then run the step again.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Cutover could not write %1. Check that the destination directory exists and is writable, then run the step again.</translation>
    </message>
    <message>
        <source>%1 became shorter on the appliance while Cutover was copying it (it was probably rotated). Run the step again to copy it afresh.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 became shorter on the appliance while Cutover was copying it (it was probably rotated). Run the step again to copy it afresh.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the file on the appliance. It was discarded; run the step again to copy it afresh. If this repeats, check the destination disk.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name</extracomment>
        <translation>The copy of %1 does not match the file on the appliance. It was discarded; run the step again to copy it afresh. If this repeats, check the destination disk.</translation>
    </message>
</context>
<context>
    <name>cutover::SftpSession</name>
    <message>
        <source>The appliance at %1 did not report its SSH host key, so Cutover cannot check whom it would send the traffic logs&apos; access key to. Update the appliance&apos;s software, or copy the traffic logs by hand.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>The appliance at %1 did not report its SSH host key, so Cutover cannot check whom it would send the traffic logs&apos; access key to. Update the appliance&apos;s software, or copy the traffic logs by hand.</translation>
    </message>
    <message>
        <source>There is no SSH key to log in with.</source>
        <comment>@info</comment>
        <translation>There is no SSH key to log in with.</translation>
    </message>
    <message>
        <source>Cutover could not start an SSH connection.</source>
        <comment>@info</comment>
        <translation>Cutover could not start an SSH connection.</translation>
    </message>
    <message>
        <source>Cutover could not reach the SSH service of %1 on port %2. Check that the appliance is running and that port %2 is open between this computer and the appliance, then try again.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a port number</extracomment>
        <translation>Cutover could not reach the SSH service of %1 on port %2. Check that the appliance is running and that port %2 is open between this computer and the appliance, then try again.</translation>
    </message>
    <message>
        <source>The SSH service of %1 did not present a host key. Cutover refused the connection.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>The SSH service of %1 did not present a host key. Cutover refused the connection.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2) is not the one the appliance reported over its trusted HTTPS connection (%3). Cutover refused the connection and sent nothing. Another machine may be answering at this address, or the connection is being intercepted: check the network before you try again.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 and %3 are SSH fingerprints (SHA256:…)</extracomment>
        <translation>The SSH host key of %1 (%2) is not the one the appliance reported over its trusted HTTPS connection (%3). Cutover refused the connection and sent nothing. Another machine may be answering at this address, or the connection is being intercepted: check the network before you try again.</translation>
    </message>
    <message>
        <source>The SSH service of %1 refused Cutover&apos;s one-time key. The appliance may have revoked it or failed to authorise it; run the step again to authorise a new key.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>The SSH service of %1 refused Cutover&apos;s one-time key. The appliance may have revoked it or failed to authorise it; run the step again to authorise a new key.</translation>
    </message>
    <message>
        <source>The SSH service of %1 accepted Cutover&apos;s key but did not start SFTP for it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>The SSH service of %1 accepted Cutover&apos;s key but did not start SFTP for it.</translation>
    </message>
    <message numerus="yes">
        <source>The appliance %1 stopped answering over SFTP for %n second(s), so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %n seconds</extracomment>
        <translation>
            <numerusform>The appliance %1 stopped answering over SFTP for %n second, so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</numerusform>
            <numerusform>The appliance %1 stopped answering over SFTP for %n seconds, so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appliance %2 does not allow Cutover to read %1. Check the permissions of the traffic-log directory on the appliance.</source>
        <comment>@info</comment>
        <extracomment>%1 is a remote path, %2 an address</extracomment>
        <translation>The appliance %2 does not allow Cutover to read %1. Check the permissions of the traffic-log directory on the appliance.</translation>
    </message>
    <message>
        <source>%1 disappeared from the appliance %2 while Cutover was copying it. Run the step again; files already copied are kept.</source>
        <comment>@info</comment>
        <extracomment>%1 is a remote path, %2 an address</extracomment>
        <translation>%1 disappeared from the appliance %2 while Cutover was copying it. Run the step again; files already copied are kept.</translation>
    </message>
    <message>
        <source>The SFTP connection to %2 failed while Cutover was reading %1 (the appliance stopped answering or closed the connection). Run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is a remote path, %2 an address</extracomment>
        <translation>The SFTP connection to %2 failed while Cutover was reading %1 (the appliance stopped answering or closed the connection). Run the step again: it continues where it stopped.</translation>
    </message>
</context>
<context>
    <name>cutover::SftpUploader</name>
    <message numerus="yes">
        <source>The appliance %1 stopped answering over SFTP for %n second(s) while Cutover was writing the traffic logs to it, so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %n seconds</extracomment>
        <translation>
            <numerusform>The appliance %1 stopped answering over SFTP for %n second while Cutover was writing the traffic logs to it, so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</numerusform>
            <numerusform>The appliance %1 stopped answering over SFTP for %n seconds while Cutover was writing the traffic logs to it, so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SFTP connection to %2 failed while Cutover was writing %1 to it (the appliance stopped answering or closed the connection). Run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>The SFTP connection to %2 failed while Cutover was writing %1 to it (the appliance stopped answering or closed the connection). Run the step again: it continues where it stopped.</translation>
    </message>
    <message>
        <source>The SSH service of %1 accepted Cutover&apos;s key but did not start SFTP for it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>The SSH service of %1 accepted Cutover&apos;s key but did not start SFTP for it.</translation>
    </message>
    <message>
        <source>The appliance %2 does not allow Cutover to write %1 into its traffic-log import directory. Check that directory&apos;s permissions on the appliance, then run the step again.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>The appliance %2 does not allow Cutover to write %1 into its traffic-log import directory. Check that directory&apos;s permissions on the appliance, then run the step again.</translation>
    </message>
    <message>
        <source>The appliance %2 could not store %1 in its traffic-log directory (its disk may be full). Free some space on the appliance, then run the step again: files already there are kept.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>The appliance %2 could not store %1 in its traffic-log directory (its disk may be full). Free some space on the appliance, then run the step again: files already there are kept.</translation>
    </message>
    <message>
        <source>Cutover could not read its copy %1 of a traffic log (it is missing or changed). Run the step again to fetch it from the source afresh.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Cutover could not read its copy %1 of a traffic log (it is missing or changed). Run the step again to fetch it from the source afresh.</translation>
    </message>
    <message>
        <source>Cutover&apos;s copy of %1 no longer matches what the source sent. Run the step again to fetch it afresh; if this repeats, check this computer&apos;s disk.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name</extracomment>
        <translation>Cutover&apos;s copy of %1 no longer matches what the source sent. Run the step again to fetch it afresh; if this repeats, check this computer&apos;s disk.</translation>
    </message>
    <message>
        <source>The copy of %1 on %2 does not match the source&apos;s file. It was removed; run the step again to copy it afresh. If this repeats, check the target&apos;s disk.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>The copy of %1 on %2 does not match the source&apos;s file. It was removed; run the step again to copy it afresh. If this repeats, check the target&apos;s disk.</translation>
    </message>
</context>
<context>
    <name>cutover::SourceInfo</name>
    <message>
        <source>Standalone</source>
        <comment>@label server role</comment>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>High availability (master)</source>
        <comment>@label server role</comment>
        <translation>High availability (master)</translation>
    </message>
    <message>
        <source>High availability (replica)</source>
        <comment>@label server role</comment>
        <translation>High availability (replica)</translation>
    </message>
    <message>
        <source>High availability (%1)</source>
        <comment>@label server role</comment>
        <extracomment>%1: role as the appliance reports it</extracomment>
        <translation>High availability (%1)</translation>
    </message>
    <message>
        <source>The system is in high availability</source>
        <translation>The system is in high availability</translation>
    </message>
    <message>
        <source>The system is a standalone type</source>
        <translation>The system is a standalone type</translation>
    </message>
    <message>
        <source>The domain %1 points to the IP address %2 and no longer to %3.</source>
        <extracomment>%1: the source&apos;s FQDN, %2: the peer&apos;s address, %3: the source&apos;s address</extracomment>
        <translation>The domain %1 points to the IP address %2 and no longer to %3.</translation>
    </message>
    <message>
        <source>The domain %1 no longer points to the IP address %2.</source>
        <translation>The domain %1 no longer points to the IP address %2.</translation>
    </message>
    <message>
        <source>The IP address %1 is no longer defined for the domain %2.</source>
        <extracomment>%1: the source&apos;s address, %2: the load-balancing domain</extracomment>
        <translation>The IP address %1 is no longer defined for the domain %2.</translation>
    </message>
    <message>
        <source>The domain %1 is resolved with the IP address %2.</source>
        <extracomment>%1: FQDN, %2: address</extracomment>
        <translation>The domain %1 is resolved with the IP address %2.</translation>
    </message>
    <message>
        <source>The domain %1 is also resolved with the IP address %2.</source>
        <translation>The domain %1 is also resolved with the IP address %2.</translation>
    </message>
    <message>
        <source>Before continuing and in order not to create disruptions, it is recommended to change the DNS configuration so that:</source>
        <translation>Before continuing and in order not to create disruptions, it is recommended to change the DNS configuration so that:</translation>
    </message>
    <message>
        <source>Please allow for the DNS propagation period before proceeding to the next step.</source>
        <translation>Please allow for the DNS propagation period before proceeding to the next step.</translation>
    </message>
</context>
<context>
    <name>cutover::SourceInfoPage</name>
    <message>
        <source>(no license)</source>
        <comment>@info</comment>
        <translation>(no license)</translation>
    </message>
    <message>
        <source>%1, database %2 %3</source>
        <comment>@info</comment>
        <extracomment>%1: appliance software version, %2: database product (e.g. MariaDB), %3: its version</extracomment>
        <translation>%1, database %2 %3</translation>
    </message>
    <message>
        <source>%1 of data, %2 of traffic logs</source>
        <comment>@info</comment>
        <extracomment>%1: size of the database, %2: size of the traffic logs</extracomment>
        <translation>%1 of data, %2 of traffic logs</translation>
    </message>
    <message>
        <source>The system is in high availability.</source>
        <comment>@info</comment>
        <translation>The system is in high availability.</translation>
    </message>
    <message>
        <source>Before you continue, change the DNS configuration so that production is not disturbed:</source>
        <comment>@info</comment>
        <translation>Before you continue, change the DNS configuration so that production is not disturbed:</translation>
    </message>
    <message>
        <source>Wait until the old records have expired (their TTL) before you continue.</source>
        <comment>@info</comment>
        <translation>Wait until the old records have expired (their TTL) before you continue.</translation>
    </message>
    <message>
        <source>The system is a standalone system.</source>
        <comment>@info</comment>
        <translation>The system is a standalone system.</translation>
    </message>
    <message>
        <source>After the migration, clients that reach it as %1 must find the new system: point that name to %2 if the address changes.</source>
        <comment>@info</comment>
        <extracomment>%1: host name, %2: target address</extracomment>
        <translation>After the migration, clients that reach it as %1 must find the new system: point that name to %2 if the address changes.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <comment>@title</comment>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Source Info</source>
        <comment>@title:window wizard step</comment>
        <translation>Source Info</translation>
    </message>
    <message>
        <source>Check that this is the system you mean to migrate from.</source>
        <comment>@info</comment>
        <translation>Check that this is the system you mean to migrate from.</translation>
    </message>
    <message>
        <source>The source reports</source>
        <comment>@title:group</comment>
        <translation>The source reports</translation>
    </message>
    <message>
        <source>License GUID:</source>
        <comment>@label</comment>
        <translation>License GUID:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <comment>@label</comment>
        <translation>Host name:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <comment>@label</comment>
        <translation>Domain name:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <comment>@label</comment>
        <translation>IP address:</translation>
    </message>
    <message>
        <source>Server role:</source>
        <comment>@label</comment>
        <translation>Server role:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <comment>@label</comment>
        <translation>Versions:</translation>
    </message>
    <message>
        <source>Size:</source>
        <comment>@label</comment>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256):</source>
        <comment>@label</comment>
        <translation>Trusted certificate (SHA-256):</translation>
    </message>
    <message>
        <source>The other nodes keep serving during the migration: %1.</source>
        <comment>@info</comment>
        <extracomment>%1: the other members of the group, &quot;name (address), …&quot;</extracomment>
        <translation>The other nodes keep serving during the migration: %1.</translation>
    </message>
    <message>
        <source>After the migration, set the DNS configuration back (the last page repeats this):</source>
        <comment>@info</comment>
        <extracomment>the list that follows is what to set back; the Result page repeats it</extracomment>
        <translation>After the migration, set the DNS configuration back (the last page repeats this):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>@info address (host name)</comment>
        <extracomment>%1: the master&apos;s address, %2: its host name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>known after the login to the master</source>
        <comment>@info</comment>
        <translation>known after the login to the master</translation>
    </message>
    <message>
        <source>none (the master does not list the source)</source>
        <comment>@info</comment>
        <translation>none (the master does not list the source)</translation>
    </message>
    <message>
        <source>Checking the master&apos;s certificate…</source>
        <comment>@info</comment>
        <translation>Checking the master&apos;s certificate…</translation>
    </message>
    <message>
        <source>Compare the master&apos;s certificate fingerprint below, then trust it.</source>
        <comment>@info</comment>
        <translation>Compare the master&apos;s certificate fingerprint below, then trust it.</translation>
    </message>
    <message>
        <source>Click Log In to the Master to try the password.</source>
        <comment>@info</comment>
        <translation>Click Log In to the Master to try the password.</translation>
    </message>
    <message>
        <source>Logging in to the master…</source>
        <comment>@info</comment>
        <translation>Logging in to the master…</translation>
    </message>
    <message>
        <source>The master is trusted and the login works. Click Next to choose the options.</source>
        <comment>@info</comment>
        <translation>The master is trusted and the login works. Click Next to choose the options.</translation>
    </message>
    <message>
        <source>The migration cannot start yet: see below what failed on the master.</source>
        <comment>@info</comment>
        <translation>The migration cannot start yet: see below what failed on the master.</translation>
    </message>
    <message>
        <source>&amp;Log In to the Master</source>
        <comment>@action:button</comment>
        <translation>&amp;Log In to the Master</translation>
    </message>
    <message>
        <source>Check the &amp;Master Again</source>
        <comment>@action:button</comment>
        <translation>Check the &amp;Master Again</translation>
    </message>
    <message>
        <source>The certificate of the group&apos;s master %1 has not been trusted before. Compare its SHA-256 fingerprint with the one on the master&apos;s console (System ▸ Certificates). A password is sent to the master only after you trust it.</source>
        <comment>@info</comment>
        <extracomment>%1: the master&apos;s address</extracomment>
        <translation>The certificate of the group&apos;s master %1 has not been trusted before. Compare its SHA-256 fingerprint with the one on the master&apos;s console (System ▸ Certificates). A password is sent to the master only after you trust it.</translation>
    </message>
    <message>
        <source>Master: %1</source>
        <comment>@info fingerprint</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Master: %1</translation>
    </message>
    <message>
        <source>Master of the high-availability group</source>
        <comment>@title:group</comment>
        <translation>Master of the high-availability group</translation>
    </message>
    <message>
        <source>The source replicates from the master of its group. Cutover takes the source out of the master&apos;s round-robin list and lets the target replicate from the master, so it logs in to the master too.</source>
        <comment>@info</comment>
        <translation>The source replicates from the master of its group. Cutover takes the source out of the master&apos;s round-robin list and lets the target replicate from the master, so it logs in to the master too.</translation>
    </message>
    <message>
        <source>Master:</source>
        <comment>@label</comment>
        <translation>Master:</translation>
    </message>
    <message>
        <source>Taken out of the round-robin list:</source>
        <comment>@label</comment>
        <translation>Taken out of the round-robin list:</translation>
    </message>
    <message>
        <source>Admin &amp;password of the master:</source>
        <comment>@label:textbox</comment>
        <translation>Admin &amp;password of the master:</translation>
    </message>
    <message>
        <source>Master of the group</source>
        <comment>@label</comment>
        <translation>Master of the group</translation>
    </message>
    <message>
        <source>Hosts that leave the master&apos;s round-robin list</source>
        <comment>@label</comment>
        <translation>Hosts that leave the master&apos;s round-robin list</translation>
    </message>
    <message>
        <source>Admin password of the master</source>
        <comment>@label:textbox</comment>
        <translation>Admin password of the master</translation>
    </message>
    <message>
        <source>empty: the source&apos;s password</source>
        <comment>@info:placeholder</comment>
        <translation>empty: the source&apos;s password</translation>
    </message>
    <message>
        <source>Leave it empty when the master has the same admin password as the source: Cutover then uses the source&apos;s. The password is kept in memory only, and in the system keychain if you chose to remember passwords.</source>
        <comment>@info</comment>
        <translation>Leave it empty when the master has the same admin password as the source: Cutover then uses the source&apos;s. The password is kept in memory only, and in the system keychain if you chose to remember passwords.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <comment>@title:group</comment>
        <translation>Certificate to trust</translation>
    </message>
    <message>
        <source>&amp;Trust and Log In</source>
        <comment>@action:button</comment>
        <translation>&amp;Trust and Log In</translation>
    </message>
</context>
<context>
    <name>cutover::SourcePage</name>
    <message>
        <source>Admin &amp;password of the target:</source>
        <comment>@label:textbox</comment>
        <translation>Admin &amp;password of the target:</translation>
    </message>
    <message>
        <source>Admin &amp;password of this system:</source>
        <comment>@label:textbox</comment>
        <translation>Admin &amp;password of this system:</translation>
    </message>
    <message>
        <source>Admin password of the target</source>
        <comment>@label:textbox</comment>
        <translation>Admin password of the target</translation>
    </message>
    <message>
        <source>Admin password of this system</source>
        <comment>@label:textbox</comment>
        <translation>Admin password of this system</translation>
    </message>
    <message>
        <source>Check both systems before continuing.</source>
        <comment>@info</comment>
        <translation>Check both systems before continuing.</translation>
    </message>
    <message>
        <source>Checking ports and certificates…</source>
        <comment>@info</comment>
        <translation>Checking ports and certificates…</translation>
    </message>
    <message>
        <source>Ports are open. Compare the certificate fingerprints below, then trust them.</source>
        <comment>@info</comment>
        <translation>Ports are open. Compare the certificate fingerprints below, then trust them.</translation>
    </message>
    <message>
        <source>Logging in and reading the system information…</source>
        <comment>@info</comment>
        <translation>Logging in and reading the system information…</translation>
    </message>
    <message>
        <source>All checks passed. Click Next to see the source&apos;s details.</source>
        <comment>@info</comment>
        <translation>All checks passed. Click Next to see the source&apos;s details.</translation>
    </message>
    <message>
        <source>The migration cannot start yet: see the failed checks below.</source>
        <comment>@info</comment>
        <translation>The migration cannot start yet: see the failed checks below.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <comment>@action:button</comment>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <comment>@action:button</comment>
        <translation>&amp;Check Again</translation>
    </message>
    <message>
        <source>No certificate of these appliances has been trusted before. Compare each SHA-256 fingerprint with the one on the appliance&apos;s console (System ▸ Certificates). Your passwords are sent only after you trust them.</source>
        <comment>@info</comment>
        <translation>No certificate of these appliances has been trusted before. Compare each SHA-256 fingerprint with the one on the appliance&apos;s console (System ▸ Certificates). Your passwords are sent only after you trust them.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>@info fingerprint</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <comment>@info fingerprint</comment>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>@title:window wizard step</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Which appliance do you migrate from, and which one receives its data?</source>
        <comment>@info</comment>
        <translation>Which appliance do you migrate from, and which one receives its data?</translation>
    </message>
    <message>
        <source>Source appliance (the old system)</source>
        <comment>@title:group</comment>
        <translation>Source appliance (the old system)</translation>
    </message>
    <message>
        <source>IP &amp;address or host name:</source>
        <comment>@label:textbox</comment>
        <translation>IP &amp;address or host name:</translation>
    </message>
    <message>
        <source>for example 192.0.2.10 or hotspot.example.com</source>
        <comment>@info:placeholder</comment>
        <translation>for example 192.0.2.10 or hotspot.example.com</translation>
    </message>
    <message>
        <source>Source address</source>
        <comment>@label:textbox</comment>
        <translation>Source address</translation>
    </message>
    <message>
        <source>Ad&amp;min password:</source>
        <comment>@label:textbox</comment>
        <translation>Ad&amp;min password:</translation>
    </message>
    <message>
        <source>Admin password of the source</source>
        <comment>@label:textbox</comment>
        <translation>Admin password of the source</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and replaced by the source&apos;s. The data is copied over port 3306, which must be open.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and replaced by the source&apos;s. The data is copied over port 3306, which must be open.</translation>
    </message>
    <message>
        <source>Target appliance (receives the data)</source>
        <comment>@title:group</comment>
        <translation>Target appliance (receives the data)</translation>
    </message>
    <message>
        <source>&amp;This system</source>
        <comment>@option:radio</comment>
        <translation>&amp;This system</translation>
    </message>
    <message>
        <source>A remote &amp;appliance</source>
        <comment>@option:radio</comment>
        <translation>A remote &amp;appliance</translation>
    </message>
    <message>
        <source>Target add&amp;ress:</source>
        <comment>@label:textbox</comment>
        <translation>Target add&amp;ress:</translation>
    </message>
    <message>
        <source>Target address</source>
        <comment>@label:textbox</comment>
        <translation>Target address</translation>
    </message>
    <message>
        <source>for example 192.0.2.20</source>
        <comment>@info:placeholder</comment>
        <translation>for example 192.0.2.20</translation>
    </message>
    <message>
        <source>Certificates to trust</source>
        <comment>@title:group</comment>
        <translation>Certificates to trust</translation>
    </message>
    <message>
        <source>&amp;Trust and Log In</source>
        <comment>@action:button</comment>
        <translation>&amp;Trust and Log In</translation>
    </message>
    <message>
        <source>Check results</source>
        <comment>@info:accessible</comment>
        <translation>Check results</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <comment>@option:check</comment>
        <translation>Remember the password in the system &amp;keychain</translation>
    </message>
    <message>
        <source>Cutover stores passwords only in the system keychain, never in a file.</source>
        <comment>@info:tooltip</comment>
        <translation>Cutover stores passwords only in the system keychain, never in a file.</translation>
    </message>
</context>
<context>
    <name>cutover::SourceRole</name>
    <message>
        <source>Standalone</source>
        <comment>@label server role</comment>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>High availability, master</source>
        <comment>@label server role</comment>
        <translation>High availability, master</translation>
    </message>
    <message>
        <source>High availability, replica</source>
        <comment>@label server role</comment>
        <translation>High availability, replica</translation>
    </message>
</context>
<context>
    <name>cutover::SourceStateOperation</name>
    <message>
        <source>%1 is marked as migrated to %2. It stays in maintenance and keeps all its data as a fallback. From here on the migration cannot be backed out automatically; it can always be resumed.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>%1 is marked as migrated to %2. It stays in maintenance and keeps all its data as a fallback. From here on the migration cannot be backed out automatically; it can always be resumed.</translation>
    </message>
    <message>
        <source>The source is marked as migrated to %1 at %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is a machine id, %2 a time</extracomment>
        <translation>The source is marked as migrated to %1 at %2.</translation>
    </message>
</context>
<context>
    <name>cutover::SshKeyPair</name>
    <message>
        <source>Cutover could not create the one-time SSH key for copying the traffic logs.</source>
        <comment>@info</comment>
        <translation>Cutover could not create the one-time SSH key for copying the traffic logs.</translation>
    </message>
</context>
<context>
    <name>cutover::TemporaryDbAccounts</name>
    <message numerus="yes">
        <source>%n temporary database account(s) left behind by the interrupted run were removed.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n temporary database account left behind by the interrupted run were removed.</numerusform>
            <numerusform>%n temporary database accounts left behind by the interrupted run were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary database account(s) left behind by the interrupted run could not be removed yet; they stay in the journal and are removed at the next resume or backout.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n temporary database account left behind by the interrupted run could not be removed yet; they stay in the journal and are removed at the next resume or backout.</numerusform>
            <numerusform>%n temporary database accounts left behind by the interrupted run could not be removed yet; they stay in the journal and are removed at the next resume or backout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::TrafficLogsOperation</name>
    <message>
        <source>The one-time SSH key could not be revoked on %1; it stays listed in the journal and is revoked when the step is run again or backed out.</source>
        <comment>@info</comment>
        <extracomment>%1 is an appliance</extracomment>
        <translation>The one-time SSH key could not be revoked on %1; it stays listed in the journal and is revoked when the step is run again or backed out.</translation>
    </message>
    <message>
        <source>Authorising a one-time SSH key on the source …</source>
        <comment>@info progress</comment>
        <translation>Authorising a one-time SSH key on the source …</translation>
    </message>
    <message>
        <source>Connecting to the SFTP service of %1 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Connecting to the SFTP service of %1 …</translation>
    </message>
    <message>
        <source>Traffic-log files copied / already there</source>
        <comment>@label</comment>
        <translation>Traffic-log files copied / already there</translation>
    </message>
    <message>
        <source>Traffic-log bytes transferred</source>
        <comment>@label</comment>
        <translation>Traffic-log bytes transferred</translation>
    </message>
    <message>
        <source>Traffic-log throughput</source>
        <comment>@label</comment>
        <translation>Traffic-log throughput</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>@label throughput</comment>
        <extracomment>%1 is a data size</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>About %1 of user traffic logs are copied from %2 into the import folder of the traffic-log directory of %3, over SFTP with two one-time keys (read-only on the source, writing only that folder on the target; both revoked afterwards). The target checks the size and SHA-256 of every file.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 are appliances</extracomment>
        <translation>About %1 of user traffic logs are copied from %2 into the import folder of the traffic-log directory of %3, over SFTP with two one-time keys (read-only on the source, writing only that folder on the target; both revoked afterwards). The target checks the size and SHA-256 of every file.</translation>
    </message>
    <message>
        <source>The one-time SSH keys were revoked on the source and the target.</source>
        <comment>@info</comment>
        <translation>The one-time SSH keys were revoked on the source and the target.</translation>
    </message>
    <message>
        <source>The one-time SSH key could not be revoked on %1. Run the step again (or back out) once the appliance answers; until then the key can reach the traffic logs.</source>
        <comment>@info</comment>
        <extracomment>%1 is an appliance</extracomment>
        <translation>The one-time SSH key could not be revoked on %1. Run the step again (or back out) once the appliance answers; until then the key can reach the traffic logs.</translation>
    </message>
    <message>
        <source>Copying the traffic logs from the source …</source>
        <comment>@info progress</comment>
        <translation>Copying the traffic logs from the source …</translation>
    </message>
    <message>
        <source>Copying %1 from the source</source>
        <comment>@info progress</comment>
        <translation>Copying %1 from the source</translation>
    </message>
    <message>
        <source>Authorising a one-time SSH key on the target …</source>
        <comment>@info progress</comment>
        <translation>Authorising a one-time SSH key on the target …</translation>
    </message>
    <message>
        <source>Writing the traffic logs to the target …</source>
        <comment>@info progress</comment>
        <translation>Writing the traffic logs to the target …</translation>
    </message>
    <message>
        <source>Writing %1 to the target</source>
        <comment>@info progress</comment>
        <translation>Writing %1 to the target</translation>
    </message>
    <message>
        <source>Reading the SSH host keys of both appliances …</source>
        <comment>@info progress</comment>
        <translation>Reading the SSH host keys of both appliances …</translation>
    </message>
    <message>
        <source>Traffic-log files written to the target / already there</source>
        <comment>@label</comment>
        <translation>Traffic-log files written to the target / already there</translation>
    </message>
    <message>
        <source>Traffic-log throughput to the target</source>
        <comment>@label</comment>
        <translation>Traffic-log throughput to the target</translation>
    </message>
    <message>
        <source>Traffic logs stored on the target in</source>
        <comment>@label</comment>
        <translation>Traffic logs stored on the target in</translation>
    </message>
    <message>
        <source>the import folder of its traffic-log directory</source>
        <comment>@label</comment>
        <translation>the import folder of its traffic-log directory</translation>
    </message>
    <message>
        <source>Every traffic-log file verified on the target (size and SHA-256 against the source)</source>
        <comment>@info check</comment>
        <translation>Every traffic-log file verified on the target (size and SHA-256 against the source)</translation>
    </message>
    <message>
        <source>One-time SSH keys revoked on the source and the target</source>
        <comment>@info check</comment>
        <translation>One-time SSH keys revoked on the source and the target</translation>
    </message>
    <message>
        <source>A copy of the traffic logs stays in %1 on this computer, as asked.</source>
        <comment>@info</comment>
        <extracomment>%1 is a directory on this computer</extracomment>
        <translation>A copy of the traffic logs stays in %1 on this computer, as asked.</translation>
    </message>
</context>
<context>
    <name>cutover::TrustStore</name>
    <message>
        <source>Cannot remember an appliance without a machine id and a valid SHA-256 fingerprint.</source>
        <translation>Cannot remember an appliance without a machine id and a valid SHA-256 fingerprint.</translation>
    </message>
    <message>
        <source>Cannot save the trusted certificates to %1: %2</source>
        <extracomment>%1: file path, %2: system error</extracomment>
        <translation>Cannot save the trusted certificates to %1: %2</translation>
    </message>
    <message>
        <source>Warning: the appliance at %1 presents a different certificate than when it was first trusted.
Remembered: %2
Presented:  %3
Someone may be intercepting the connection, or the certificate was renewed. Nothing was sent to it and the migration stops. Compare the fingerprint with the one shown on the appliance&apos;s console; only if they match, accept the new certificate explicitly.</source>
        <extracomment>%1: host, %2: remembered fingerprint, %3: presented fingerprint</extracomment>
        <translation>Warning: the appliance at %1 presents a different certificate than when it was first trusted.
Remembered: %2
Presented:  %3
Someone may be intercepting the connection, or the certificate was renewed. Nothing was sent to it and the migration stops. Compare the fingerprint with the one shown on the appliance&apos;s console; only if they match, accept the new certificate explicitly.</translation>
    </message>
</context>
<context>
    <name>cutover::UnavailableOperation</name>
    <message>
        <source>%1 — not available in this version of Cutover.</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title</extracomment>
        <translation>%1 — not available in this version of Cutover.</translation>
    </message>
    <message>
        <source>“%1” is not available yet in this version of Cutover. Nothing was changed by this step; choose options that do not need it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title</extracomment>
        <translation>“%1” is not available yet in this version of Cutover. Nothing was changed by this step; choose options that do not need it.</translation>
    </message>
</context>
<context>
    <name>cutover::VerifyOperation</name>
    <message>
        <source>%1 is checked: settings, license and data must match what was migrated before the run reports success.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>%1 is checked: settings, license and data must match what was migrated before the run reports success.</translation>
    </message>
    <message>
        <source>Checking the settings …</source>
        <comment>@info progress</comment>
        <translation>Checking the settings …</translation>
    </message>
    <message>
        <source>Settings group “%1”</source>
        <comment>@info check</comment>
        <extracomment>%1 is a settings group name</extracomment>
        <translation>Settings group “%1”</translation>
    </message>
    <message>
        <source>Settings were exchanged; the swap step checked both sides as it wrote them.</source>
        <comment>@info</comment>
        <translation>Settings were exchanged; the swap step checked both sides as it wrote them.</translation>
    </message>
    <message>
        <source>Checking the license …</source>
        <comment>@info progress</comment>
        <translation>Checking the license …</translation>
    </message>
    <message>
        <source>License active on the target</source>
        <comment>@info check</comment>
        <translation>License active on the target</translation>
    </message>
    <message>
        <source>License invalidated on the source</source>
        <comment>@info check</comment>
        <translation>License invalidated on the source</translation>
    </message>
    <message>
        <source>License on the target left as it was: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a license state (active, none …)</extracomment>
        <translation>License on the target left as it was: %1</translation>
    </message>
    <message>
        <source>Comparing the data …</source>
        <comment>@info progress</comment>
        <translation>Comparing the data …</translation>
    </message>
    <message>
        <source>Data equal on source and target</source>
        <comment>@info check</comment>
        <translation>Data equal on source and target</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed on the target; the report lists them.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n check failed on the target; the report lists them.</numerusform>
            <numerusform>%n checks failed on the target; the report lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the target&apos;s previous data …</source>
        <comment>@info progress</comment>
        <translation>Deleting the target&apos;s previous data …</translation>
    </message>
    <message>
        <source>The data is verified; the target&apos;s previous data was deleted.</source>
        <comment>@info</comment>
        <translation>The data is verified; the target&apos;s previous data was deleted.</translation>
    </message>
</context>
<context>
    <name>cutover::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <comment>@title:window wizard step</comment>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Move an appliance to this system: settings, data, license, certificates and traffic logs.</source>
        <comment>@info</comment>
        <translation>Move an appliance to this system: settings, data, license, certificates and traffic logs.</translation>
    </message>
    <message>
        <source>This wizard copies the System Settings, the database, the license, the certificates and, if you choose, the user traffic logs from an existing appliance (the source) to a new one (the target). It checks both systems before anything changes, shows the exact steps for your confirmation, and keeps a journal so an interrupted migration can be resumed or backed out.</source>
        <comment>@info</comment>
        <translation>This wizard copies the System Settings, the database, the license, the certificates and, if you choose, the user traffic logs from an existing appliance (the source) to a new one (the target). It checks both systems before anything changes, shows the exact steps for your confirmation, and keeps a journal so an interrupted migration can be resumed or backed out.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The data on the target is deleted and overwritten.&lt;/b&gt; The source keeps its data; it is put into maintenance during the migration and is marked as migrated at the end.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;The data on the target is deleted and overwritten.&lt;/b&gt; The source keeps its data; it is put into maintenance during the migration and is marked as migrated at the end.</translation>
    </message>
    <message>
        <source>Before you start, confirm that:</source>
        <comment>@title:group</comment>
        <translation>Before you start, confirm that:</translation>
    </message>
    <message>
        <source>A complete &amp;backup of the source exists (on virtual machines: a snapshot of both systems)</source>
        <comment>@option:check</comment>
        <translation>A complete &amp;backup of the source exists (on virtual machines: a snapshot of both systems)</translation>
    </message>
    <message>
        <source>&amp;Ports 80, 443 and 3306 are open between the two systems</source>
        <comment>@option:check</comment>
        <translation>&amp;Ports 80, 443 and 3306 are open between the two systems</translation>
    </message>
    <message>
        <source>&amp;DNS TTLs of names that will move were lowered a day ahead (or no name moves)</source>
        <comment>@option:check</comment>
        <translation>&amp;DNS TTLs of names that will move were lowered a day ahead (or no name moves)</translation>
    </message>
    <message>
        <source>Interrupted migration</source>
        <comment>@title:group</comment>
        <translation>Interrupted migration</translation>
    </message>
    <message>
        <source>Finish it before starting a new one.</source>
        <comment>@info</comment>
        <translation>Finish it before starting a new one.</translation>
    </message>
    <message>
        <source>&amp;Resume it where it stopped</source>
        <comment>@option:radio</comment>
        <translation>&amp;Resume it where it stopped</translation>
    </message>
    <message>
        <source>Back it &amp;out: undo what can be undone and return the source to service</source>
        <comment>@option:radio</comment>
        <translation>Back it &amp;out: undo what can be undone and return the source to service</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>@label:listbox</comment>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>cutover::WizardController</name>
    <message>
        <source>Admin password of the source</source>
        <comment>@info check title</comment>
        <translation>Admin password of the source</translation>
    </message>
    <message>
        <source>Admin password of the target</source>
        <comment>@info check title</comment>
        <translation>Admin password of the target</translation>
    </message>
    <message>
        <source>Entered.</source>
        <comment>@info password check</comment>
        <translation>Entered.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <comment>@info</comment>
        <translation>The password is empty.</translation>
    </message>
    <message>
        <source>Enter the password of the appliance&apos;s admin user.</source>
        <comment>@info</comment>
        <translation>Enter the password of the appliance&apos;s admin user.</translation>
    </message>
    <message>
        <source>Port %1 on %2</source>
        <comment>@info check title</comment>
        <extracomment>%1: port number, %2: host</extracomment>
        <translation>Port %1 on %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>@info check running</comment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: host</extracomment>
        <translation>Certificate of %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <comment>@info</comment>
        <translation>SHA-256 fingerprint %1</translation>
    </message>
    <message>
        <source>Log in to both appliances as admin</source>
        <comment>@info check title</comment>
        <translation>Log in to both appliances as admin</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <comment>@info check running</comment>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Logged in; the source calls itself %1, the target %2.</source>
        <comment>@info</comment>
        <extracomment>%1: source host name, %2: target host name</extracomment>
        <translation>Logged in; the source calls itself %1, the target %2.</translation>
    </message>
    <message>
        <source>High-availability source</source>
        <comment>@info check title</comment>
        <translation>High-availability source</translation>
    </message>
    <message>
        <source>This version of Cutover cannot yet move a source that is part of a high-availability group.</source>
        <comment>@info</comment>
        <translation>This version of Cutover cannot yet move a source that is part of a high-availability group.</translation>
    </message>
    <message>
        <source>Use a version of Cutover that supports high availability.</source>
        <comment>@info</comment>
        <translation>Use a version of Cutover that supports high availability.</translation>
    </message>
    <message>
        <source>A rehearsal changes nothing on the source, so the license stays where it is.</source>
        <comment>@info</comment>
        <translation>A rehearsal changes nothing on the source, so the license stays where it is.</translation>
    </message>
    <message>
        <source>A migration from %1 to %2 was interrupted after %3 of %4 steps.</source>
        <comment>@info</comment>
        <extracomment>%1: source address, %2: target address, %3: done steps, %4: all steps</extracomment>
        <translation>A migration from %1 to %2 was interrupted after %3 of %4 steps.</translation>
    </message>
    <message>
        <source>No migration ran, so there is no report.</source>
        <comment>@info</comment>
        <translation>No migration ran, so there is no report.</translation>
    </message>
    <message>
        <source>Matches the fingerprint trusted before: %1</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Matches the fingerprint trusted before: %1</translation>
    </message>
    <message>
        <source>The source is the master of its high-availability group. Cutover moves a node that replicates from the master.</source>
        <comment>@info</comment>
        <translation>The source is the master of its high-availability group. Cutover moves a node that replicates from the master.</translation>
    </message>
    <message>
        <source>Make another node of the group the master, then migrate this one.</source>
        <comment>@info</comment>
        <translation>Make another node of the group the master, then migrate this one.</translation>
    </message>
    <message>
        <source>The group&apos;s master %1 refused the connection on port 443: its appliance service is not running, or a firewall closes the port. Cutover must reach the master to take the source out of its round-robin list and to let the target replicate from it.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>The group&apos;s master %1 refused the connection on port 443: its appliance service is not running, or a firewall closes the port. Cutover must reach the master to take the source out of its round-robin list and to let the target replicate from it.</translation>
    </message>
    <message>
        <source>The group&apos;s master %1 cannot be reached from this computer (no answer on port 443). Cutover must reach the master to take the source out of its round-robin list and to let the target replicate from it.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>The group&apos;s master %1 cannot be reached from this computer (no answer on port 443). Cutover must reach the master to take the source out of its round-robin list and to let the target replicate from it.</translation>
    </message>
    <message>
        <source>Start the appliance service on the master, or open port 443 from this computer to it, then click Check the Master Again.</source>
        <comment>@info</comment>
        <translation>Start the appliance service on the master, or open port 443 from this computer to it, then click Check the Master Again.</translation>
    </message>
    <message>
        <source>Master of the group</source>
        <comment>@info check title</comment>
        <translation>Master of the group</translation>
    </message>
    <message>
        <source>The source reports no master for its high-availability group.</source>
        <comment>@info</comment>
        <translation>The source reports no master for its high-availability group.</translation>
    </message>
    <message>
        <source>Check the group&apos;s replication on the source, then check again.</source>
        <comment>@info</comment>
        <translation>Check the group&apos;s replication on the source, then check again.</translation>
    </message>
    <message>
        <source>Certificate of the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Certificate of the group&apos;s master %1</translation>
    </message>
    <message>
        <source>Compare the new fingerprint with the one shown on the master&apos;s console (System ▸ Certificates). Only if they match and the master&apos;s certificate was renewed on purpose, trust it with cutover-cli --trust-master %1, or remove the master&apos;s entry from %2 and check again.</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint, %2: path of the file of trusted certificates</extracomment>
        <translation>Compare the new fingerprint with the one shown on the master&apos;s console (System ▸ Certificates). Only if they match and the master&apos;s certificate was renewed on purpose, trust it with cutover-cli --trust-master %1, or remove the master&apos;s entry from %2 and check again.</translation>
    </message>
    <message>
        <source>Log in to the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Log in to the group&apos;s master %1</translation>
    </message>
    <message>
        <source>The master %1 rejected the admin password entered for it.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>The master %1 rejected the admin password entered for it.</translation>
    </message>
    <message>
        <source>The master %1 does not accept the source&apos;s admin password, which Cutover uses while the master&apos;s password field is empty.</source>
        <comment>@info</comment>
        <translation>The master %1 does not accept the source&apos;s admin password, which Cutover uses while the master&apos;s password field is empty.</translation>
    </message>
    <message>
        <source>Enter the admin password of the master in the field above, then click Log In to the Master.</source>
        <comment>@info</comment>
        <translation>Enter the admin password of the master in the field above, then click Log In to the Master.</translation>
    </message>
    <message>
        <source>Logged in; the master calls itself %1.</source>
        <comment>@info</comment>
        <extracomment>%1: the master&apos;s host name</extracomment>
        <translation>Logged in; the master calls itself %1.</translation>
    </message>
    <message>
        <source>Round-robin hosts on the master</source>
        <comment>@info check title</comment>
        <translation>Round-robin hosts on the master</translation>
    </message>
    <message>
        <source>The master %1 does not list the source among its round-robin hosts; there is nothing to take out and put back.</source>
        <comment>@info</comment>
        <translation>The master %1 does not list the source among its round-robin hosts; there is nothing to take out and put back.</translation>
    </message>
    <message>
        <source>%1 leave the round-robin hosts of the master %2 during the migration; the target&apos;s address takes their place at the end.</source>
        <comment>@info</comment>
        <translation>%1 leave the round-robin hosts of the master %2 during the migration; the target&apos;s address takes their place at the end.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Migrates an appliance (settings, data, license, certificates, traffic logs) to a new one.
Passwords come from CUTOVER_SOURCE_PASSWORD and CUTOVER_TARGET_PASSWORD when set, never from the command line.</source>
        <comment>@info command line help</comment>
        <translation>Migrates an appliance (settings, data, license, certificates, traffic logs) to a new one.
Passwords come from CUTOVER_SOURCE_PASSWORD and CUTOVER_TARGET_PASSWORD when set, never from the command line.</translation>
    </message>
    <message>
        <source>Address of the source appliance.</source>
        <comment>@info command line help</comment>
        <translation>Address of the source appliance.</translation>
    </message>
    <message>
        <source>Address of a remote target appliance (default: this system).</source>
        <comment>@info command line help</comment>
        <translation>Address of a remote target appliance (default: this system).</translation>
    </message>
    <message>
        <source>Language of the interface: de or en.</source>
        <comment>@info command line help</comment>
        <translation>Language of the interface: de or en.</translation>
    </message>
    <message>
        <source>Trust this SHA-256 fingerprint for the source&apos;s certificate.</source>
        <comment>@info command line help</comment>
        <translation>Trust this SHA-256 fingerprint for the source&apos;s certificate.</translation>
    </message>
    <message>
        <source>Trust this SHA-256 fingerprint for the target&apos;s certificate.</source>
        <comment>@info command line help</comment>
        <translation>Trust this SHA-256 fingerprint for the target&apos;s certificate.</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use de or en.</source>
        <comment>@info</comment>
        <translation>Unknown language “%1”; use de or en.</translation>
    </message>
</context>
</TS>
