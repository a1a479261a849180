<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>cutover::AboutDialog</name>
    <message>
        <source>About Cutover</source>
        <comment>@title:window</comment>
        <translation>Über Cutover</translation>
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
        <translation>Überträgt eine Appliance – Einstellungen, Daten, Lizenz, Zertifikate und Datenverkehrsprotokolle – auf eine neue.</translation>
    </message>
    <message>
        <source>Cutover is free software: you may share and change it under the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <comment>@info</comment>
        <translation>Cutover ist freie Software: Sie dürfen sie unter den Bedingungen der GNU General Public License, Version 3 oder jeder späteren Version, weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Built on:</source>
        <comment>@info list of libraries</comment>
        <translation>Verwendete Bibliotheken:</translation>
    </message>
</context>
<context>
    <name>cutover::AddressValidator</name>
    <message>
        <source>Enter the IP address or host name of the appliance.</source>
        <translation>Geben Sie die IP-Adresse oder den Hostnamen der Appliance ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains spaces. An address or host name has no spaces; remove them.</source>
        <extracomment>%1: the text the user typed</extracomment>
        <translation>„%1“ enthält Leerzeichen. Adressen und Hostnamen enthalten keine Leerzeichen; entfernen Sie diese.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web address (URL). Enter only the appliance&apos;s address or host name: %2</source>
        <extracomment>%1: the URL typed, %2: the host name in it</extracomment>
        <translation>„%1“ ist eine Webadresse (URL). Geben Sie nur die Adresse oder den Hostnamen der Appliance ein: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a web address (URL). Enter only the appliance&apos;s address or host name.</source>
        <translation>„%1“ ist eine Webadresse (URL). Geben Sie nur die Adresse oder den Hostnamen der Appliance ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a port number. Cutover uses the ports 80, 443, 3306 (and 22) on its own; enter only the address: %2</source>
        <translation>„%1“ enthält eine Portnummer. Cutover verwendet die Ports 80, 443, 3306 (und 22) selbstständig; geben Sie nur die Adresse ein: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a port number. Enter only the address, without &quot;:port&quot;.</source>
        <translation>„%1“ enthält eine Portnummer. Geben Sie nur die Adresse ohne „:Port“ ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a path (&quot;/…&quot;). Enter only the address or host name: %2</source>
        <translation>„%1“ enthält einen Pfad („/…“). Geben Sie nur die Adresse oder den Hostnamen ein: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; includes a user name (&quot;…@&quot;). Enter only the address or host name (%2); the admin password goes into its own field.</source>
        <translation>„%1“ enthält einen Benutzernamen („…@“). Geben Sie nur die Adresse oder den Hostnamen ein (%2); das Admin-Passwort gehört in ein eigenes Feld.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete IPv4 address. It needs four numbers from 0 to 255 separated by dots, without leading zeros, such as 192.168.1.20.</source>
        <translation>„%1“ ist keine vollständige IPv4-Adresse. Sie besteht aus vier durch Punkte getrennten Zahlen von 0 bis 255 ohne führende Nullen, z. B. 192.168.1.20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address. Check the groups of hexadecimal digits and the colons, e.g. fd00::20 (brackets are optional, a port is not allowed).</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse. Prüfen Sie die Gruppen aus Hexadezimalziffern und die Doppelpunkte, z. B. fd00::20 (eckige Klammern sind optional, ein Port ist nicht zulässig).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;, which is not allowed in a host name. Use letters, digits, hyphens and dots only.</source>
        <extracomment>%1: the input, %2: the offending character</extracomment>
        <translation>„%1“ enthält „%2“; dieses Zeichen ist in Hostnamen nicht zulässig. Verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots (or starts with a dot). Check the host name.</source>
        <translation>„%1“ enthält einen leeren Abschnitt zwischen zwei Punkten (oder beginnt mit einem Punkt). Prüfen Sie den Hostnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part longer than 63 characters, which host names do not allow.</source>
        <translation>„%1“ enthält einen Abschnitt mit mehr als 63 Zeichen; das ist in Hostnamen nicht zulässig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 253 characters, which host names do not allow.</source>
        <translation>„%1“ ist länger als 253 Zeichen; das ist bei Hostnamen nicht zulässig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part that starts or ends with a hyphen (&quot;%2&quot;), which host names do not allow.</source>
        <translation>„%1“ enthält einen Abschnitt, der mit einem Bindestrich beginnt oder endet („%2“); das ist in Hostnamen nicht zulässig.</translation>
    </message>
    <message>
        <source>Address of the source system</source>
        <translation>Adresse des Quellsystems</translation>
    </message>
    <message>
        <source>Address of the target system</source>
        <translation>Adresse des Zielsystems</translation>
    </message>
    <message>
        <source>%1 is a valid address.</source>
        <extracomment>%1: normalised address</extracomment>
        <translation>%1 ist eine gültige Adresse.</translation>
    </message>
    <message>
        <source>Correct the address and check again.</source>
        <translation>Korrigieren Sie die Adresse und prüfen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>cutover::ApiError</name>
    <message>
        <source>Nothing was sent to %1: the address, the user name or the password is empty. Fill in every field.</source>
        <translation>An %1 wurde nichts gesendet: Adresse, Benutzername oder Passwort ist leer. Füllen Sie alle Felder aus.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: the name does not resolve or there is no route to it. Check the address and the network connection between the two systems.</source>
        <extracomment>%1: host name or address</extracomment>
        <translation>%1 ist nicht erreichbar: Der Name lässt sich nicht auflösen, oder es gibt keine Route dorthin. Prüfen Sie die Adresse und die Netzwerkverbindung zwischen den beiden Systemen.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the port is closed or the appliance service is not running. Check that the address belongs to the appliance and that port 443 is open.</source>
        <translation>%1 hat die Verbindung abgelehnt: Der Port ist geschlossen, oder der Appliance-Dienst läuft nicht. Prüfen Sie, ob die Adresse zur Appliance gehört und Port 443 offen ist.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. A firewall may be dropping the traffic, or the system is overloaded. Check that port 443 is open between the two systems and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Möglicherweise verwirft eine Firewall den Datenverkehr, oder das System ist überlastet. Prüfen Sie, ob Port 443 zwischen den beiden Systemen offen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 accepted the connection but did not complete a secure (TLS) handshake: another service may be answering on this port. Check that the address belongs to the appliance.</source>
        <translation>%1 hat die Verbindung angenommen, aber keinen sicheren TLS-Handshake abgeschlossen: Möglicherweise antwortet auf diesem Port ein anderer Dienst. Prüfen Sie, ob die Adresse zur Appliance gehört.</translation>
    </message>
    <message>
        <source>%1 presented a certificate that has not been trusted yet. Its SHA-256 fingerprint is %2. Compare it with the one shown on the appliance&apos;s console and accept it to continue.</source>
        <extracomment>%1: host, %2: SHA-256 fingerprint</extracomment>
        <translation>%1 hat ein Zertifikat vorgelegt, dem noch nicht vertraut wird. Sein SHA-256-Fingerabdruck lautet %2. Vergleichen Sie ihn mit dem Fingerabdruck auf der Konsole der Appliance und akzeptieren Sie das Zertifikat, um fortzufahren.</translation>
    </message>
    <message>
        <source>Warning: %1 presented a different certificate than the one trusted before (expected %2, got %3). Someone may be intercepting the connection, or the certificate was renewed. The migration stops here; verify the fingerprint on the appliance before trusting the new one.</source>
        <extracomment>%1: host, %2: expected fingerprint, %3: presented fingerprint</extracomment>
        <translation>Warnung: %1 hat ein anderes Zertifikat vorgelegt als das bisher vertrauenswürdige (erwartet %2, erhalten %3). Möglicherweise wird die Verbindung abgefangen, oder das Zertifikat wurde erneuert. Die Migration wird hier angehalten; prüfen Sie den Fingerabdruck auf der Appliance, bevor Sie dem neuen Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not what the appliance API sends. Another service may be answering, or the appliance software is not compatible with this version of Cutover.</source>
        <translation>%1 hat eine Antwort gesendet, die nicht von der Appliance-API stammt. Möglicherweise antwortet ein anderer Dienst, oder die Appliance-Software ist mit dieser Cutover-Version nicht kompatibel.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed in the middle of an answer. Check the network and try again.</source>
        <translation>Die Verbindung zu %1 wurde mitten in einer Antwort geschlossen. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 rejected the user name or password. Enter the admin password of this appliance again.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt. Geben Sie das Admin-Passwort dieser Appliance erneut ein.</translation>
    </message>
    <message>
        <source>The session on %1 has ended. Log in again.</source>
        <translation>Die Sitzung auf %1 ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 blocks logins after too many wrong passwords. Wait %n second(s), then enter the correct password.</source>
        <extracomment>%1: host, %n: seconds</extracomment>
        <translation>
            <numerusform>%1 sperrt die Anmeldung nach zu vielen falschen Passwörtern. Warten Sie %n Sekunde und geben Sie dann das richtige Passwort ein.</numerusform>
            <numerusform>%1 sperrt die Anmeldung nach zu vielen falschen Passwörtern. Warten Sie %n Sekunden und geben Sie dann das richtige Passwort ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 blocks logins after too many wrong passwords. Wait a while, then enter the correct password.</source>
        <translation>%1 sperrt die Anmeldung nach zu vielen falschen Passwörtern. Warten Sie eine Weile und geben Sie dann das richtige Passwort ein.</translation>
    </message>
    <message>
        <source>%1 is in maintenance mode and refuses this request. Leave maintenance on the appliance (or resume or back out the interrupted migration), then try again.</source>
        <translation>%1 befindet sich im Wartungsmodus und lehnt diese Anfrage ab. Beenden Sie den Wartungsmodus auf der Appliance (oder setzen Sie die unterbrochene Migration fort bzw. nehmen Sie sie zurück) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 already holds an active license, so the license cannot be moved onto it. Turn off Migrate License, or release the license there first.</source>
        <translation>%1 hat bereits eine aktive Lizenz, daher kann die Lizenz nicht dorthin übertragen werden. Deaktivieren Sie „Lizenz migrieren“, oder geben Sie die dortige Lizenz zuerst frei.</translation>
    </message>
    <message>
        <source>%1 has no active license to export or invalidate. Turn off Migrate License.</source>
        <translation>%1 hat keine aktive Lizenz, die exportiert oder ungültig gemacht werden könnte. Deaktivieren Sie „Lizenz migrieren“.</translation>
    </message>
    <message>
        <source>%1 refused the license: its vendor signature does not verify. The license document may be damaged; contact your dealer.</source>
        <translation>%1 hat die Lizenz abgelehnt: Die Herstellersignatur lässt sich nicht verifizieren. Die Lizenzdatei ist möglicherweise beschädigt; wenden Sie sich an Ihren Händler.</translation>
    </message>
    <message>
        <source>The database of %1 is not reachable, so the appliance cannot answer this. Check that its database service runs (restart the appliance if needed), then try again.</source>
        <translation>Die Datenbank von %1 ist nicht erreichbar, daher kann die Appliance diese Anfrage nicht beantworten. Prüfen Sie, ob der Datenbankdienst läuft (starten Sie die Appliance bei Bedarf neu), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 did not receive the whole request in time. The network between the two systems may be slow or interrupted; try again.</source>
        <translation>%1 hat die Anfrage nicht rechtzeitig vollständig erhalten. Das Netzwerk zwischen den beiden Systemen ist möglicherweise langsam oder unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not read a request from Cutover (%2). A proxy between the two systems may be changing the traffic, or the versions do not fit; see the report for details.</source>
        <extracomment>%1: host, %2: API error code</extracomment>
        <translation>%1 konnte eine Anfrage von Cutover nicht lesen (%2). Möglicherweise verändert ein Proxy zwischen den beiden Systemen den Datenverkehr, oder die Versionen passen nicht zusammen; Einzelheiten finden Sie im Bericht.</translation>
    </message>
    <message>
        <source>%1 refused the request because it is too large.</source>
        <translation>%1 hat die Anfrage abgelehnt, weil sie zu groß ist.</translation>
    </message>
    <message>
        <source>%1 did not understand a request from Cutover (%2). The appliance software may not be compatible with this version of Cutover; see the report for details.</source>
        <extracomment>%1: host, %2: API error code (and field)</extracomment>
        <translation>%1 hat eine Anfrage von Cutover nicht verstanden (%2). Die Appliance-Software ist möglicherweise nicht mit dieser Cutover-Version kompatibel; Einzelheiten finden Sie im Bericht.</translation>
    </message>
    <message>
        <source>Something failed inside %1. The details are in the appliance&apos;s log; check it, then try again.</source>
        <translation>In %1 ist ein interner Fehler aufgetreten. Einzelheiten stehen im Protokoll der Appliance; prüfen Sie es und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the login. Enter the admin password again.</source>
        <translation>%1 hat die Anmeldung abgelehnt. Geben Sie das Admin-Passwort erneut ein.</translation>
    </message>
    <message>
        <source>%1 is temporarily unavailable. Try again in a moment.</source>
        <translation>%1 ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was sent to the appliance: the address, the user name or the password is empty. Fill in every field.</source>
        <translation>An die Appliance wurde nichts gesendet: Die Adresse, der Benutzername oder das Passwort ist leer. Füllen Sie alle Felder aus.</translation>
    </message>
    <message>
        <source>The appliance cannot be reached: the name does not resolve or there is no route to it. Check the address and the network connection between the two systems.</source>
        <translation>Die Appliance ist nicht erreichbar: Der Name lässt sich nicht auflösen, oder es gibt keine Route dorthin. Prüfen Sie die Adresse und die Netzwerkverbindung zwischen beiden Systemen.</translation>
    </message>
    <message>
        <source>The appliance refused the connection: the port is closed or the appliance service is not running. Check that the address belongs to the appliance and that port 443 is open.</source>
        <translation>Die Appliance hat die Verbindung abgelehnt: Der Port ist geschlossen, oder der Appliance-Dienst läuft nicht. Prüfen Sie, ob die Adresse zur Appliance gehört und Port 443 offen ist.</translation>
    </message>
    <message>
        <source>The appliance did not answer in time. A firewall may be dropping the traffic, or the system is overloaded. Check that port 443 is open between the two systems and try again.</source>
        <translation>Die Appliance hat nicht rechtzeitig geantwortet. Eine Firewall verwirft möglicherweise den Datenverkehr, oder das System ist überlastet. Prüfen Sie, ob Port 443 zwischen beiden Systemen offen ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The appliance accepted the connection but did not complete a secure (TLS) handshake: another service may be answering on this port. Check the address.</source>
        <translation>Die Appliance hat die Verbindung angenommen, aber keinen sicheren (TLS-)Verbindungsaufbau abgeschlossen: Auf diesem Port antwortet möglicherweise ein anderer Dienst. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The appliance presented a certificate that has not been trusted yet. Its SHA-256 fingerprint is %1. Compare it with the one shown on the appliance&apos;s console and accept it to continue.</source>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Die Appliance hat ein Zertifikat vorgelegt, dem noch nicht vertraut wird. Sein SHA-256-Fingerabdruck ist %1. Vergleichen Sie ihn mit dem Fingerabdruck auf der Konsole der Appliance und akzeptieren Sie ihn, um fortzufahren.</translation>
    </message>
    <message>
        <source>Warning: the appliance presented a different certificate than the one trusted before (expected %1, got %2). Someone may be intercepting the connection, or the certificate was renewed. The migration stops here; verify the fingerprint on the appliance before trusting the new one.</source>
        <extracomment>%1: expected fingerprint, %2: presented fingerprint</extracomment>
        <translation>Warnung: Die Appliance hat ein anderes Zertifikat vorgelegt als das zuvor vertraute (erwartet %1, erhalten %2). Möglicherweise hört jemand die Verbindung ab, oder das Zertifikat wurde erneuert. Die Migration hält hier an; prüfen Sie den Fingerabdruck an der Appliance, bevor Sie dem neuen Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>The appliance sent an answer that is not what the appliance API sends. Another service may be answering, or the appliance software is not compatible with this version of Cutover.</source>
        <translation>Die Appliance hat eine Antwort gesendet, die nicht von der Appliance-API stammt. Möglicherweise antwortet ein anderer Dienst, oder die Appliance-Software ist nicht mit dieser Version von Cutover kompatibel.</translation>
    </message>
    <message>
        <source>The connection to the appliance was closed in the middle of an answer. Check the network and try again.</source>
        <translation>Die Verbindung zur Appliance wurde mitten in einer Antwort geschlossen. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The appliance rejected the user name or password. Enter its admin password again.</source>
        <translation>Die Appliance hat den Benutzernamen oder das Passwort abgelehnt. Geben Sie ihr Admin-Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The session on the appliance has ended. Log in again.</source>
        <translation>Die Sitzung auf der Appliance ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>The appliance blocks logins after too many wrong passwords. Wait %n second(s), then enter the correct password.</source>
        <translation>
            <numerusform>Die Appliance sperrt Anmeldungen nach zu vielen falschen Passwörtern. Warten Sie %n Sekunde und geben Sie dann das richtige Passwort ein.</numerusform>
            <numerusform>Die Appliance sperrt Anmeldungen nach zu vielen falschen Passwörtern. Warten Sie %n Sekunden und geben Sie dann das richtige Passwort ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appliance blocks logins after too many wrong passwords. Wait a while, then enter the correct password.</source>
        <translation>Die Appliance sperrt Anmeldungen nach zu vielen falschen Passwörtern. Warten Sie eine Weile und geben Sie dann das richtige Passwort ein.</translation>
    </message>
    <message>
        <source>The appliance is in maintenance mode and refuses this request. Leave maintenance on it (or resume or back out the interrupted migration), then try again.</source>
        <translation>Die Appliance ist im Wartungsmodus und lehnt diese Anfrage ab. Verlassen Sie dort den Wartungsmodus (oder setzen Sie die unterbrochene Migration fort bzw. nehmen Sie sie zurück) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The appliance already holds an active license, so the license cannot be moved onto it. Turn off Migrate License, or release the license there first.</source>
        <translation>Die Appliance besitzt bereits eine aktive Lizenz, daher kann die Lizenz nicht dorthin übertragen werden. Schalten Sie „Lizenz migrieren“ aus, oder geben Sie die Lizenz dort zuerst frei.</translation>
    </message>
    <message>
        <source>The appliance has no active license to export or invalidate. Turn off Migrate License.</source>
        <translation>Die Appliance hat keine aktive Lizenz, die exportiert oder ungültig gemacht werden könnte. Schalten Sie „Lizenz migrieren“ aus.</translation>
    </message>
    <message>
        <source>The appliance refused the license: its vendor signature does not verify. The license document may be damaged; contact your dealer.</source>
        <translation>Die Appliance hat die Lizenz abgelehnt: Ihre Herstellersignatur lässt sich nicht prüfen. Das Lizenzdokument ist möglicherweise beschädigt; wenden Sie sich an Ihren Händler.</translation>
    </message>
    <message>
        <source>The appliance&apos;s database is not reachable, so the appliance cannot answer this. Check that its database service runs (restart the appliance if needed), then try again.</source>
        <translation>Die Datenbank der Appliance ist nicht erreichbar, daher kann die Appliance dies nicht beantworten. Prüfen Sie, ob ihr Datenbankdienst läuft (starten Sie die Appliance bei Bedarf neu), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The appliance did not receive the whole request in time. The network between the two systems may be slow or interrupted; try again.</source>
        <translation>Die Appliance hat die Anfrage nicht rechtzeitig vollständig erhalten. Das Netzwerk zwischen beiden Systemen ist möglicherweise langsam oder unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The appliance could not read a request from Cutover (%1). A proxy between the two systems may be changing the traffic, or the versions do not fit; see the report for details.</source>
        <extracomment>%1: API error code</extracomment>
        <translation>Die Appliance konnte eine Anfrage von Cutover nicht lesen (%1). Möglicherweise verändert ein Proxy zwischen beiden Systemen den Datenverkehr, oder die Versionen passen nicht zusammen; Einzelheiten stehen im Bericht.</translation>
    </message>
    <message>
        <source>The appliance refused the request because it is too large.</source>
        <translation>Die Appliance hat die Anfrage abgelehnt, weil sie zu groß ist.</translation>
    </message>
    <message>
        <source>The appliance did not understand a request from Cutover (%1). Its software may not be compatible with this version of Cutover; see the report for details.</source>
        <extracomment>%1: API error code (and field)</extracomment>
        <translation>Die Appliance hat eine Anfrage von Cutover nicht verstanden (%1). Ihre Software ist möglicherweise nicht mit dieser Version von Cutover kompatibel; Einzelheiten stehen im Bericht.</translation>
    </message>
    <message>
        <source>Something failed inside the appliance. The details are in its log; check it, then try again.</source>
        <translation>In der Appliance ist ein Fehler aufgetreten. Die Einzelheiten stehen in ihrem Protokoll; prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The appliance rejected the login. Enter the admin password again.</source>
        <translation>Die Appliance hat die Anmeldung abgelehnt. Geben Sie das Admin-Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The appliance is temporarily unavailable. Try again in a moment.</source>
        <translation>Die Appliance ist vorübergehend nicht verfügbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected error (HTTP %2). See the report for details.</source>
        <extracomment>%1: host, %2: HTTP status</extracomment>
        <translation>%1 hat mit einem unerwarteten Fehler geantwortet (HTTP %2). Einzelheiten stehen im Bericht.</translation>
    </message>
    <message>
        <source>The appliance answered with an unexpected error (HTTP %1). See the report for details.</source>
        <extracomment>%1: HTTP status</extracomment>
        <translation>Die Appliance hat mit einem unerwarteten Fehler geantwortet (HTTP %1). Einzelheiten stehen im Bericht.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected error (HTTP %2, %3). See the report for details.</source>
        <extracomment>%1: host, %2: HTTP status, %3: error code</extracomment>
        <translation>%1 hat mit einem unerwarteten Fehler geantwortet (HTTP %2, %3). Einzelheiten stehen im Bericht.</translation>
    </message>
    <message>
        <source>The appliance answered with an unexpected error (HTTP %1, %2). See the report for details.</source>
        <extracomment>%1: HTTP status, %2: error code</extracomment>
        <translation>Die Appliance hat mit einem unerwarteten Fehler geantwortet (HTTP %1, %2). Einzelheiten stehen im Bericht.</translation>
    </message>
</context>
<context>
    <name>cutover::ApplianceConnections</name>
    <message>
        <source>The appliance at %1 is not the one this migration started with (its machine id changed). Nothing more is done on it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Die Appliance unter %1 ist nicht die, mit der diese Migration begonnen hat (ihre Maschinen-ID hat sich geändert). Auf ihr wird nichts mehr ausgeführt.</translation>
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
        <translation>Etwa %1 Daten werden aus einem konsistenten Snapshot von %2 nach %3 kopiert und verifiziert, während das Quellsystem weiterarbeitet. Danach repliziert das Zielsystem die seit dem Snapshot vorgenommenen Änderungen, bis es mit dem Quellsystem gleichauf ist. Alle Datenbanken des Zielsystems werden ersetzt; das Quellsystem behält seine Daten.</translation>
    </message>
    <message>
        <source>The target still replicates from the source; waiting for it to catch up.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem repliziert noch vom Quellsystem; es wird gewartet, bis es aufgeholt hat.</translation>
    </message>
    <message>
        <source>The earlier copy cannot be continued; copying again from a new snapshot.</source>
        <comment>@info</comment>
        <translation>Die frühere Kopie kann nicht fortgesetzt werden; es wird erneut aus einem neuen Snapshot kopiert.</translation>
    </message>
    <message>
        <source>Creating temporary database accounts …</source>
        <comment>@info progress</comment>
        <translation>Temporäre Datenbankkonten werden angelegt …</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <comment>@info progress</comment>
        <translation>%1 wird kopiert</translation>
    </message>
    <message>
        <source>Verifying the copy …</source>
        <comment>@info progress</comment>
        <translation>Die Kopie wird verifiziert …</translation>
    </message>
    <message>
        <source>Copying the data while the source keeps serving …</source>
        <comment>@info progress</comment>
        <translation>Die Daten werden kopiert, während das Quellsystem weiterarbeitet …</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>@label</comment>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Bytes</source>
        <comment>@label</comment>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>@label</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>The source has no binary log, so the target cannot replicate from it. Choose the offline mode; the source keeps serving meanwhile.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem hat kein Binärlog, daher kann das Zielsystem nicht von ihm replizieren. Wählen Sie den Offline-Modus; das Quellsystem arbeitet bis dahin weiter.</translation>
    </message>
    <message>
        <source>Data verified against the source&apos;s snapshot</source>
        <comment>@info check</comment>
        <translation>Daten gegen den Snapshot des Quellsystems verifiziert</translation>
    </message>
    <message>
        <source>Snapshot taken at the source&apos;s binary-log position %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position such as &quot;mariadb-bin.000003:1234 (0-11-57)&quot;</extracomment>
        <translation>Snapshot an der Binärlog-Position %1 des Quellsystems erstellt.</translation>
    </message>
    <message>
        <source>Snapshot position</source>
        <comment>@label</comment>
        <translation>Snapshot-Position</translation>
    </message>
    <message>
        <source>Starting the replication to the target …</source>
        <comment>@info progress</comment>
        <translation>Die Replikation zum Zielsystem wird gestartet …</translation>
    </message>
    <message>
        <source>The target could not start replicating from %1. Check that the target reaches the source&apos;s database port (3306); the source keeps serving. Try again, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>Das Zielsystem konnte die Replikation von %1 nicht starten. Prüfen Sie, ob das Zielsystem den Datenbankport (3306) des Quellsystems erreicht; das Quellsystem arbeitet weiter. Versuchen Sie es erneut oder wählen Sie den Offline-Modus.</translation>
    </message>
    <message>
        <source>Cutover could not read the source&apos;s binary-log position.</source>
        <comment>@info</comment>
        <translation>Cutover konnte die Binärlog-Position des Quellsystems nicht lesen.</translation>
    </message>
    <message>
        <source>Cutover could not read the state of the target&apos;s replication.</source>
        <comment>@info</comment>
        <translation>Cutover konnte den Zustand der Replikation des Zielsystems nicht lesen.</translation>
    </message>
    <message>
        <source>Catch-up while serving (seconds)</source>
        <comment>@label</comment>
        <translation>Abgleich im laufenden Betrieb (Sekunden)</translation>
    </message>
    <message>
        <source>The target is level with the source.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem ist mit dem Quellsystem gleichauf.</translation>
    </message>
    <message numerus="yes">
        <source>The target could not keep up with the changes on the source within %n minute(s). The source was never in maintenance and keeps serving. Try again when the source is less busy, or choose the offline mode.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Das Zielsystem konnte den Änderungen auf dem Quellsystem nicht innerhalb von %n Minute folgen. Das Quellsystem war nie im Wartungsmodus und arbeitet weiter. Versuchen Sie es erneut, wenn das Quellsystem weniger ausgelastet ist, oder wählen Sie den Offline-Modus.</numerusform>
            <numerusform>Das Zielsystem konnte den Änderungen auf dem Quellsystem nicht innerhalb von %n Minuten folgen. Das Quellsystem war nie im Wartungsmodus und arbeitet weiter. Versuchen Sie es erneut, wenn das Quellsystem weniger ausgelastet ist, oder wählen Sie den Offline-Modus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target&apos;s replication from the source stopped: %1 The source keeps serving; nothing was lost. Try again, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 is MariaDB&apos;s own error text</extracomment>
        <translation>Die Replikation des Zielsystems vom Quellsystem wurde angehalten: %1 Das Quellsystem arbeitet weiter; es ging nichts verloren. Versuchen Sie es erneut oder wählen Sie den Offline-Modus.</translation>
    </message>
    <message>
        <source>The target no longer replicates from the source; its temporary account was removed.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem repliziert nicht mehr vom Quellsystem; sein temporäres Datenbankkonto wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>cutover::CatchUpMonitor</name>
    <message>
        <source>The target&apos;s replication link is gone.</source>
        <comment>@info</comment>
        <translation>Die Replikationsverbindung des Zielsystems besteht nicht mehr.</translation>
    </message>
    <message>
        <source>The target&apos;s replication stopped.</source>
        <comment>@info</comment>
        <translation>Die Replikation des Zielsystems wurde angehalten.</translation>
    </message>
    <message>
        <source>The target refused the database certificate of %1: it does not match what %1&apos;s management service reported, or it does not name the address %1 (%2). Give that database a certificate for this address.</source>
        <comment>@info</comment>
        <extracomment>%1 is the source&apos;s address, %2 MariaDB&apos;s own error text</extracomment>
        <translation>Das Zielsystem hat das Datenbankzertifikat von %1 abgelehnt: Es passt nicht zu dem, was der Verwaltungsdienst von %1 gemeldet hat, oder es nennt nicht die Adresse %1 (%2). Stellen Sie für diese Datenbank ein Zertifikat für diese Adresse aus.</translation>
    </message>
</context>
<context>
    <name>cutover::CatchUpOperation</name>
    <message numerus="yes">
        <source>%1 applies the last changes made on %2 before maintenance began, waiting at most %n second(s); then the replication between them is removed. If it takes longer, the migration backs out and the source serves again.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>
            <numerusform>%1 übernimmt die letzten Änderungen, die vor dem Wartungsmodus auf %2 vorgenommen wurden, und wartet darauf höchstens %n Sekunde; danach wird die Replikation zwischen beiden entfernt. Dauert es länger, wird die Migration zurückgenommen und das Quellsystem arbeitet wieder.</numerusform>
            <numerusform>%1 übernimmt die letzten Änderungen, die vor dem Wartungsmodus auf %2 vorgenommen wurden, und wartet darauf höchstens %n Sekunden; danach wird die Replikation zwischen beiden entfernt. Dauert es länger, wird die Migration zurückgenommen und das Quellsystem arbeitet wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating temporary database accounts …</source>
        <comment>@info progress</comment>
        <translation>Temporäre Datenbankkonten werden angelegt …</translation>
    </message>
    <message>
        <source>Cutover could not read the source&apos;s binary-log position.</source>
        <comment>@info</comment>
        <translation>Cutover konnte die Binärlog-Position des Quellsystems nicht lesen.</translation>
    </message>
    <message>
        <source>The source is not in maintenance, so its last changes cannot be caught up safely. Nothing was changed on the source; try again.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem ist nicht im Wartungsmodus, daher können seine letzten Änderungen nicht sicher abgeglichen werden. Auf dem Quellsystem wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cutover could not read the state of the target&apos;s replication.</source>
        <comment>@info</comment>
        <translation>Cutover konnte den Zustand der Replikation des Zielsystems nicht lesen.</translation>
    </message>
    <message>
        <source>The target does not replicate from the source (the link was removed outside Cutover). The migration backs out; start it again to copy the data anew.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem repliziert nicht vom Quellsystem (die Verbindung wurde außerhalb von Cutover entfernt). Die Migration wird zurückgenommen; starten Sie sie erneut, um die Daten neu zu kopieren.</translation>
    </message>
    <message>
        <source>The source&apos;s last change is at %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position such as &quot;mariadb-bin.000003:1234 (0-11-57)&quot;</extracomment>
        <translation>Die letzte Änderung des Quellsystems steht an Position %1.</translation>
    </message>
    <message>
        <source>The source logged further changes during maintenance (up to %1); the target applies them too.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position such as &quot;mariadb-bin.000003:1234 (0-11-57)&quot;</extracomment>
        <translation>Das Quellsystem hat während des Wartungsmodus weitere Änderungen protokolliert (bis %1); das Zielsystem übernimmt auch diese.</translation>
    </message>
    <message>
        <source>The source left its read-only state during maintenance (for example, its database was restarted), so changes made there might not reach the target. The migration falls back: the source leaves maintenance and serves as before. Try again.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem war während des Wartungsmodus nicht mehr schreibgeschützt (zum Beispiel, weil seine Datenbank neu gestartet wurde), daher könnten dort vorgenommene Änderungen das Zielsystem nicht erreichen. Die Migration wird zurückgenommen: Das Quellsystem verlässt den Wartungsmodus und arbeitet wie bisher weiter. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <comment>@info lag</comment>
        <translation>eine unbekannte Menge</translation>
    </message>
    <message numerus="yes">
        <source>The target could not apply the source&apos;s last changes within %n second(s) (%1 still to apply). The migration falls back: the source leaves maintenance and serves as before, and nothing was lost. Try again when the source is less busy, allow a longer catch-up, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 is an amount of binary log still to apply, such as &quot;3.1 MB&quot;</extracomment>
        <translation>
            <numerusform>Das Zielsystem konnte die letzten Änderungen des Quellsystems nicht innerhalb von %n Sekunde übernehmen (noch %1 offen). Die Migration wird zurückgenommen: Das Quellsystem verlässt den Wartungsmodus und arbeitet wie zuvor, es ging nichts verloren. Versuchen Sie es erneut, wenn das Quellsystem weniger ausgelastet ist, lassen Sie mehr Zeit für den Abgleich oder wählen Sie den Offline-Modus.</numerusform>
            <numerusform>Das Zielsystem konnte die letzten Änderungen des Quellsystems nicht innerhalb von %n Sekunden übernehmen (noch %1 offen). Die Migration wird zurückgenommen: Das Quellsystem verlässt den Wartungsmodus und arbeitet wie zuvor, es ging nichts verloren. Versuchen Sie es erneut, wenn das Quellsystem weniger ausgelastet ist, lassen Sie mehr Zeit für den Abgleich oder wählen Sie den Offline-Modus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target&apos;s replication from the source stopped: %1 The migration falls back: the source leaves maintenance and serves as before, and nothing was lost.</source>
        <comment>@info</comment>
        <extracomment>%1 is MariaDB&apos;s own error text</extracomment>
        <translation>Die Replikation des Zielsystems vom Quellsystem wurde angehalten: %1 Die Migration wird zurückgenommen: Das Quellsystem verlässt den Wartungsmodus und arbeitet wie zuvor, es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The target&apos;s replication reported an error after catching up. The migration falls back; nothing was lost.</source>
        <comment>@info</comment>
        <translation>Die Replikation des Zielsystems meldete nach dem Abgleich einen Fehler. Die Migration wird zurückgenommen; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The target applied the source&apos;s changes up to %1</source>
        <comment>@info check</comment>
        <extracomment>%1 is a binary-log position</extracomment>
        <translation>Das Zielsystem hat die Änderungen des Quellsystems bis %1 übernommen</translation>
    </message>
    <message>
        <source>The target stopped short of the source&apos;s last change. The migration falls back; nothing was lost.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem hat die letzte Änderung des Quellsystems nicht erreicht. Die Migration wird zurückgenommen; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>Final catch-up (seconds)</source>
        <comment>@label</comment>
        <translation>Abschließender Abgleich (Sekunden)</translation>
    </message>
    <message>
        <source>Removing the replication …</source>
        <comment>@info progress</comment>
        <translation>Die Replikation wird entfernt …</translation>
    </message>
    <message>
        <source>The target&apos;s replication link to the source could not be removed.</source>
        <comment>@info</comment>
        <translation>Die Replikationsverbindung des Zielsystems zum Quellsystem konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The target holds all of the source&apos;s data; the replication between them was removed.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem hat alle Daten des Quellsystems; die Replikation zwischen beiden wurde entfernt.</translation>
    </message>
    <message>
        <source>The target no longer fetches changes from the source; the temporary accounts were removed.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem holt keine Änderungen mehr vom Quellsystem; die temporären Datenbankkonten wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>cutover::CertificatesOperation</name>
    <message>
        <source>Both appliances get new certificates for their new host and domain names.</source>
        <comment>@info</comment>
        <translation>Beide Appliances erhalten neue Zertifikate für ihre neuen Host- und Domänennamen.</translation>
    </message>
    <message>
        <source>%1 gets a new certificate for its host and domain name.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>%1 erhält ein neues Zertifikat für den eigenen Host- und Domänennamen.</translation>
    </message>
    <message>
        <source>New certificate on %1: SHA-256 %2</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a SHA-256 fingerprint</extracomment>
        <translation>Neues Zertifikat auf %1: SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>cutover::CheckLine</name>
    <message>
        <source>checking</source>
        <comment>@info check verdict</comment>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>@info check verdict</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>@info check verdict</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>@info check verdict</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <comment>@info</comment>
        <extracomment>%1: what to do about a failed check</extracomment>
        <translation>Vorgehen: %1</translation>
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
        <translation>Migriert eine Appliance (Einstellungen, Daten, Lizenz, Zertifikate, Datenverkehrsprotokolle) von einem Quellsystem auf ein Zielsystem.

Befehle:
  check     mit beiden Appliances verbinden, Angaben zum Quellsystem und den Plan anzeigen; nichts ändern
  migrate   die Migration ausführen (fragt vor dem Ausführen nach, außer mit --yes)
  resume    eine unterbrochene Migration anhand des Journals fortsetzen
  status    die Migration im Journal anzeigen
  backout   eine unterbrochene Migration zurücknehmen, die ihren Punkt ohne Wiederkehr nicht überschritten hat

Passwörter werden nie auf der Befehlszeile übergeben: --source-password-file/--target-password-file, CUTOVER_SOURCE_PASSWORD/CUTOVER_TARGET_PASSWORD oder eine Eingabeaufforderung.
Das Journal und die Laufprotokolle liegen in $CUTOVER_DATA_DIR (Standard: das Datenverzeichnis des Benutzers).

Rückgabewerte:
  0  migriert und verifiziert (check: nichts abgelehnt; status: kein Lauf erfordert Eingreifen)
  1  fehlgeschlagen und zurückgenommen: das Quellsystem ist unverändert
  2  Aufruffehler
  3  von der Vorabprüfung abgelehnt: nichts wurde geändert
  4  angehalten, Eingreifen erforderlich: „cutover-cli resume“ (oder „backout“) ausführen</translation>
    </message>
    <message>
        <source>check | migrate | resume | status | backout</source>
        <comment>@info</comment>
        <translation>check | migrate | resume | status | backout</translation>
    </message>
    <message>
        <source>Address of the source appliance (IP address or host name).</source>
        <comment>@info</comment>
        <translation>Adresse der Quell-Appliance (IP-Adresse oder Hostname).</translation>
    </message>
    <message>
        <source>address</source>
        <comment>@info value name</comment>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Address of the target appliance (default: %1, this machine).</source>
        <comment>@info</comment>
        <translation>Adresse der Ziel-Appliance (Standard: %1, dieser Rechner).</translation>
    </message>
    <message>
        <source>Admin user on both appliances (default: admin).</source>
        <comment>@info</comment>
        <translation>Admin-Benutzer auf beiden Appliances (Standard: admin).</translation>
    </message>
    <message>
        <source>name</source>
        <comment>@info value name</comment>
        <translation>name</translation>
    </message>
    <message>
        <source>Exchange all System Settings between the appliances and reboot both.</source>
        <comment>@info</comment>
        <translation>Alle Systemeinstellungen zwischen den Appliances tauschen und beide neu starten.</translation>
    </message>
    <message>
        <source>Move the license from the source to the target.</source>
        <comment>@info</comment>
        <translation>Die Lizenz vom Quellsystem auf das Zielsystem übertragen.</translation>
    </message>
    <message>
        <source>Copy the user traffic logs.</source>
        <comment>@info</comment>
        <translation>Die Benutzer-Datenverkehrsprotokolle kopieren.</translation>
    </message>
    <message>
        <source>Copy and verify everything onto the target without changing anything on the source.</source>
        <comment>@info</comment>
        <translation>Alles auf das Zielsystem kopieren und verifizieren, ohne auf dem Quellsystem etwas zu ändern.</translation>
    </message>
    <message>
        <source>Trust the source&apos;s certificate with this SHA-256 fingerprint.</source>
        <comment>@info</comment>
        <translation>Dem Zertifikat des Quellsystems mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>sha256</source>
        <comment>@info value name</comment>
        <translation>sha256</translation>
    </message>
    <message>
        <source>Trust the target&apos;s certificate with this SHA-256 fingerprint.</source>
        <comment>@info</comment>
        <translation>Dem Zertifikat des Zielsystems mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>Read the source&apos;s admin password from this file.</source>
        <comment>@info</comment>
        <translation>Das Admin-Passwort des Quellsystems aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>@info value name</comment>
        <translation>datei</translation>
    </message>
    <message>
        <source>Read the target&apos;s admin password from this file.</source>
        <comment>@info</comment>
        <translation>Das Admin-Passwort des Zielsystems aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Do not ask before executing.</source>
        <comment>@info</comment>
        <translation>Vor dem Ausführen nicht nachfragen.</translation>
    </message>
    <message>
        <source>Print one JSON event per line, for automation.</source>
        <comment>@info</comment>
        <translation>Ein JSON-Ereignis pro Zeile ausgeben (für die Automatisierung).</translation>
    </message>
    <message>
        <source>Save the run report to this file (.html or text).</source>
        <comment>@info</comment>
        <translation>Den Laufbericht in dieser Datei speichern (.html oder Text).</translation>
    </message>
    <message>
        <source>Stopping … before the point of no return everything done so far is undone; after it the run stops at a safe point and can be resumed.</source>
        <comment>@info</comment>
        <translation>Wird angehalten … Vor dem Punkt ohne Wiederkehr wird alles bisher Ausgeführte rückgängig gemacht; danach hält der Lauf an einem sicheren Punkt an und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Still stopping safely; please wait.</source>
        <comment>@info</comment>
        <translation>Der Lauf wird noch sicher angehalten; bitte warten.</translation>
    </message>
    <message>
        <source>Give exactly one command: check, migrate, resume, status or backout.</source>
        <comment>@info</comment>
        <translation>Geben Sie genau einen Befehl an: check, migrate, resume, status oder backout.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Use check, migrate, resume, status or backout.</source>
        <comment>@info</comment>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Unbekannter Befehl „%1“. Verwenden Sie check, migrate, resume, status oder backout.</translation>
    </message>
    <message>
        <source>Admin password of the source (%1): </source>
        <comment>@info prompt</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Admin-Passwort des Quellsystems (%1): </translation>
    </message>
    <message>
        <source>Admin password of the target (%1): </source>
        <comment>@info prompt</comment>
        <translation>Admin-Passwort des Zielsystems (%1): </translation>
    </message>
    <message>
        <source>The appliance at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a SHA-256 fingerprint</extracomment>
        <translation>Die Appliance unter %1 legt ein Zertifikat mit diesem SHA-256-Fingerabdruck vor:
  %2
Vergleichen Sie ihn mit dem Fingerabdruck auf der Konsole dieser Appliance.</translation>
    </message>
    <message>
        <source>Trust this certificate? [y/N] </source>
        <comment>@info prompt</comment>
        <translation>Diesem Zertifikat vertrauen? [j/N] </translation>
    </message>
    <message>
        <source>Source Info</source>
        <comment>@title</comment>
        <translation>Angaben zum Quellsystem</translation>
    </message>
    <message>
        <source>License GUID: %1</source>
        <comment>@label</comment>
        <translation>Lizenz-GUID: %1</translation>
    </message>
    <message>
        <source>Host name: %1</source>
        <comment>@label</comment>
        <translation>Hostname: %1</translation>
    </message>
    <message>
        <source>Domain name: %1</source>
        <comment>@label</comment>
        <translation>Domänenname: %1</translation>
    </message>
    <message>
        <source>IP address: %1</source>
        <comment>@label</comment>
        <translation>IP-Adresse: %1</translation>
    </message>
    <message>
        <source>Server role: %1</source>
        <comment>@label</comment>
        <translation>Serverrolle: %1</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <comment>@label</comment>
        <extracomment>%1 is a host name, %2 an address</extracomment>
        <translation>Zielsystem: %1 (%2)</translation>
    </message>
    <message>
        <source>Rehearsal plan (nothing changes on the source):</source>
        <comment>@title</comment>
        <translation>Plan für den Probelauf (auf dem Quellsystem ändert sich nichts):</translation>
    </message>
    <message>
        <source>Migration plan:</source>
        <comment>@title</comment>
        <translation>Migrationsplan:</translation>
    </message>
    <message>
        <source>point of no return: from here on a failure stops the run for you to resume; it is not undone</source>
        <comment>@info</comment>
        <translation>Punkt ohne Wiederkehr: Ab hier hält ein Fehler den Lauf an, der dann fortgesetzt werden kann; nichts wird rückgängig gemacht</translation>
    </message>
    <message>
        <source>migrate needs --source.</source>
        <comment>@info</comment>
        <translation>migrate benötigt --source.</translation>
    </message>
    <message>
        <source>An interrupted migration is in the journal. Run “cutover-cli resume” to finish it or “cutover-cli backout” to undo it.</source>
        <comment>@info</comment>
        <translation>Im Journal steht eine unterbrochene Migration. Führen Sie „cutover-cli resume“ aus, um sie abzuschließen, oder „cutover-cli backout“, um sie zurückzunehmen.</translation>
    </message>
    <message>
        <source>Not executing without confirmation: there is no terminal to ask on. Add --yes.</source>
        <comment>@info</comment>
        <translation>Ohne Bestätigung wird nichts ausgeführt: Es gibt kein Terminal für die Rückfrage. Geben Sie --yes an.</translation>
    </message>
    <message>
        <source>Execute this plan now? [y/N] </source>
        <comment>@info prompt</comment>
        <translation>Diesen Plan jetzt ausführen? [j/N] </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>@info</comment>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Rehearsal complete: the target holds a verified copy. Nothing changed on the source.</source>
        <comment>@info</comment>
        <translation>Probelauf abgeschlossen: Das Zielsystem enthält eine verifizierte Kopie. Auf dem Quellsystem wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Congratulations! Migration was successfully completed.</source>
        <comment>@info</comment>
        <translation>Herzlichen Glückwunsch! Die Migration wurde erfolgreich abgeschlossen.</translation>
    </message>
    <message>
        <source>The migration failed and was backed out: the source is as it was.</source>
        <comment>@info</comment>
        <translation>Die Migration ist fehlgeschlagen und wurde zurückgenommen: Das Quellsystem ist unverändert.</translation>
    </message>
    <message>
        <source>The migration stopped and needs attention.</source>
        <comment>@info</comment>
        <translation>Die Migration wurde angehalten und erfordert Ihr Eingreifen.</translation>
    </message>
    <message>
        <source>Run log: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Laufprotokoll: %1</translation>
    </message>
    <message>
        <source>No migration in progress.</source>
        <comment>@info</comment>
        <translation>Es läuft keine Migration.</translation>
    </message>
    <message>
        <source>Source: %1  Target: %2</source>
        <comment>@info</comment>
        <translation>Quellsystem: %1  Zielsystem: %2</translation>
    </message>
    <message>
        <source>point of no return</source>
        <comment>@info</comment>
        <translation>Punkt ohne Wiederkehr</translation>
    </message>
    <message>
        <source>Language of the messages: en or de (default: the system&apos;s).</source>
        <comment>@info</comment>
        <translation>Sprache der Meldungen: en oder de (Standard: die Systemsprache).</translation>
    </message>
    <message>
        <source>language</source>
        <comment>@info value name</comment>
        <translation>sprache</translation>
    </message>
    <message>
        <source>Also show the engine&apos;s log messages here; they are always in the run&apos;s log file.</source>
        <comment>@info</comment>
        <translation>Auch die internen Protokollmeldungen hier anzeigen; sie stehen immer im Laufprotokoll.</translation>
    </message>
    <message>
        <source>Copy the data while the source is in maintenance (the manual&apos;s order) instead of copying while it keeps serving and catching up through replication.</source>
        <comment>@info</comment>
        <translation>Die Daten kopieren, während das Quellsystem im Wartungsmodus ist (die Reihenfolge des Handbuchs), statt sie im laufenden Betrieb zu kopieren und die letzten Änderungen per Replikation nachzuholen.</translation>
    </message>
    <message>
        <source>Low-downtime mode: how long the source may stay in maintenance while the target takes over the last changes before the migration falls back (default: %1 s).</source>
        <comment>@info</comment>
        <translation>Modus mit kurzer Ausfallzeit: wie lange das Quellsystem im Wartungsmodus bleiben darf, während das Zielsystem die letzten Änderungen übernimmt, bevor die Migration zurückgenommen wird (Standard: %1 s).</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>@info value name</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>“%1” is not a catch-up timeout: give a number of seconds from 5 to 3600.</source>
        <comment>@info</comment>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>„%1“ ist keine gültige Wartezeit für das Nachholen: Geben Sie eine Anzahl Sekunden von 5 bis 3600 an.</translation>
    </message>
    <message>
        <source>Give the source appliance with --source ADDRESS.</source>
        <comment>@info</comment>
        <translation>Geben Sie die Quell-Appliance mit --source ADRESSE an.</translation>
    </message>
    <message>
        <source>Checking the source and the target …</source>
        <comment>@info</comment>
        <translation>Quellsystem und Zielsystem werden geprüft …</translation>
    </message>
    <message>
        <source>Refused: the check above failed. Nothing was changed on either appliance.</source>
        <comment>@info</comment>
        <translation>Abgelehnt: Die Prüfung oben ist fehlgeschlagen. Auf keiner der beiden Appliances wurde etwas geändert.</translation>
    </message>
    <message>
        <source>The source at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem unter %1 legt ein Zertifikat mit dem SHA-256-Fingerabdruck
  %2
vor. Vergleichen Sie ihn mit dem Fingerabdruck auf der Konsole dieser Appliance.</translation>
    </message>
    <message>
        <source>The target at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem unter %1 legt ein Zertifikat mit dem SHA-256-Fingerabdruck
  %2
vor. Vergleichen Sie ihn mit dem Fingerabdruck auf der Konsole dieser Appliance.</translation>
    </message>
    <message>
        <source>Settings that change</source>
        <comment>@title</comment>
        <translation>Einstellungen, die sich ändern</translation>
    </message>
    <message>
        <source>On the target (%1):</source>
        <comment>@label</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Auf dem Zielsystem (%1):</translation>
    </message>
    <message>
        <source>No setting changes.</source>
        <comment>@info</comment>
        <translation>Keine Einstellung ändert sich.</translation>
    </message>
    <message>
        <source>On the source (%1):</source>
        <comment>@label</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Auf dem Quellsystem (%1):</translation>
    </message>
    <message>
        <source>Run %1 is planned; nothing has run yet.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Lauf %1 ist geplant; bisher wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Run %1 was interrupted while running (or is still running in another window).</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Lauf %1 wurde während der Ausführung unterbrochen (oder läuft noch in einem anderen Fenster).</translation>
    </message>
    <message>
        <source>Run %1 was interrupted while backing out.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Lauf %1 wurde während der Rücknahme unterbrochen.</translation>
    </message>
    <message>
        <source>Run %1 succeeded.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Lauf %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>Run %1 failed and was backed out.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Lauf %1 ist fehlgeschlagen und wurde zurückgenommen.</translation>
    </message>
    <message>
        <source>Run %1 stopped and needs attention.</source>
        <comment>@info</comment>
        <extracomment>%1 is a run id</extracomment>
        <translation>Lauf %1 wurde angehalten und erfordert Ihr Eingreifen.</translation>
    </message>
    <message>
        <source>Copy the data row by row (the logical copy) even when both appliances run the same MariaDB major version, instead of streaming the database files (the physical copy).</source>
        <comment>@info</comment>
        <translation>Die Daten zeilenweise kopieren (logische Kopie), auch wenn auf beiden Appliances dieselbe MariaDB-Hauptversion läuft, statt die Datenbankdateien zu übertragen (physische Kopie).</translation>
    </message>
    <message>
        <source>High-availability source: trust the certificate of its group&apos;s master with this SHA-256 fingerprint.</source>
        <comment>@info</comment>
        <translation>Hochverfügbares Quellsystem: dem Zertifikat des Masters seiner Gruppe mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>High-availability source: read the admin password of its group&apos;s master from this file (default: the source&apos;s).</source>
        <comment>@info</comment>
        <translation>Hochverfügbares Quellsystem: das Administratorpasswort des Masters seiner Gruppe aus dieser Datei lesen (Vorgabe: das des Quellsystems).</translation>
    </message>
    <message>
        <source>Admin password of the group&apos;s master: </source>
        <comment>@info prompt</comment>
        <translation>Administratorpasswort des Masters der Gruppe: </translation>
    </message>
    <message>
        <source>The master of the source&apos;s high-availability group at %1 presents a certificate with the SHA-256 fingerprint
  %2
Compare it with the fingerprint shown on that appliance&apos;s console.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a SHA-256 fingerprint</extracomment>
        <translation>Der Master der Hochverfügbarkeitsgruppe des Quellsystems unter %1 legt ein Zertifikat mit dem SHA-256-Fingerabdruck
  %2
vor. Vergleichen Sie ihn mit dem Fingerabdruck auf der Konsole dieser Appliance.</translation>
    </message>
</context>
<context>
    <name>cutover::CompatibilityCheck</name>
    <message>
        <source>Source and target are different systems</source>
        <translation>Quell- und Zielsystem sind verschiedene Systeme</translation>
    </message>
    <message>
        <source>Source %1 and target %2 are different appliances.</source>
        <translation>Quellsystem %1 und Zielsystem %2 sind verschiedene Appliances.</translation>
    </message>
    <message>
        <source>Source and target are the same appliance (machine id %1): both addresses lead to one system.</source>
        <extracomment>%1: machine id</extracomment>
        <translation>Quell- und Zielsystem sind dieselbe Appliance (Maschinen-ID %1): Beide Adressen führen zum selben System.</translation>
    </message>
    <message>
        <source>Enter the address of the old system as the source and run Cutover against the new system as the target.</source>
        <translation>Geben Sie die Adresse des alten Systems als Quellsystem an und führen Sie Cutover mit dem neuen System als Zielsystem aus.</translation>
    </message>
    <message>
        <source>The source has not been migrated yet</source>
        <translation>Das Quellsystem wurde noch nicht migriert</translation>
    </message>
    <message>
        <source>The source is marked as already migrated to the system with machine id %1.</source>
        <translation>Das Quellsystem ist bereits als migriert auf das System mit der Maschinen-ID %1 markiert.</translation>
    </message>
    <message>
        <source>Check that you entered the right source. A finished migration is not repeated.</source>
        <translation>Prüfen Sie, ob Sie das richtige Quellsystem angegeben haben. Eine abgeschlossene Migration wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>Database versions</source>
        <translation>Datenbankversionen</translation>
    </message>
    <message>
        <source>The source appliance cannot reach its own database, so nothing can be copied from it.</source>
        <translation>Die Quell-Appliance erreicht ihre eigene Datenbank nicht, daher kann nichts von ihr kopiert werden.</translation>
    </message>
    <message>
        <source>The target appliance cannot reach its own database, so nothing can be copied into it.</source>
        <translation>Die Ziel-Appliance erreicht ihre eigene Datenbank nicht, daher kann nichts in sie kopiert werden.</translation>
    </message>
    <message>
        <source>The database version could not be read (source: &quot;%1&quot;, target: &quot;%2&quot;).</source>
        <translation>Die Datenbankversion konnte nicht gelesen werden (Quellsystem: „%1“, Zielsystem: „%2“).</translation>
    </message>
    <message>
        <source>The source runs %1 and the target %2: copying between different database servers is not supported.</source>
        <translation>Auf dem Quellsystem läuft %1, auf dem Zielsystem %2: Das Kopieren zwischen unterschiedlichen Datenbankservern wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The source runs %1, the target an older %2. Data cannot be copied into an older database server.</source>
        <extracomment>%1: source version, %2: target version</extracomment>
        <translation>Auf dem Quellsystem läuft %1, auf dem Zielsystem das ältere %2. Daten können nicht in einen älteren Datenbankserver kopiert werden.</translation>
    </message>
    <message>
        <source>Source %1, target %2.</source>
        <translation>Quellsystem %1, Zielsystem %2.</translation>
    </message>
    <message>
        <source>Check that the database service of that appliance runs (restart it if needed), then check again.</source>
        <translation>Prüfen Sie, ob der Datenbankdienst dieser Appliance läuft (starten Sie ihn bei Bedarf neu), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Update the target system to the same or a newer software version, then check again.</source>
        <translation>Aktualisieren Sie das Zielsystem auf dieselbe oder eine neuere Softwareversion und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check that both systems run the appliance software and that their database servers work.</source>
        <translation>Prüfen Sie, ob auf beiden Systemen die Appliance-Software läuft und ihre Datenbankserver funktionieren.</translation>
    </message>
    <message>
        <source>Free disk space on the target</source>
        <translation>Freier Speicherplatz auf dem Zielsystem</translation>
    </message>
    <message>
        <source>The target did not report its free disk space; %1 are needed.</source>
        <translation>Das Zielsystem hat seinen freien Speicherplatz nicht gemeldet; benötigt werden %1.</translation>
    </message>
    <message>
        <source>%1 free, %2 needed.</source>
        <translation>%1 frei, %2 benötigt.</translation>
    </message>
    <message>
        <source>The target has %1 free, but the data and traffic logs need %2 (with 10% headroom).</source>
        <translation>Auf dem Zielsystem sind %1 frei, die Daten und Datenverkehrsprotokolle benötigen jedoch %2 (mit 10 % Reserve).</translation>
    </message>
    <message>
        <source>The target has %1 free, but the data needs %2 (with 10% headroom).</source>
        <translation>Auf dem Zielsystem sind %1 frei, die Daten benötigen jedoch %2 (mit 10 % Reserve).</translation>
    </message>
    <message>
        <source>Free space on the target or enlarge its disk, or turn off Copy User Traffic Logs.</source>
        <translation>Schaffen Sie Platz auf dem Zielsystem, vergrößern Sie dessen Festplatte, oder deaktivieren Sie „Benutzer-Datenverkehrsprotokolle kopieren“.</translation>
    </message>
    <message>
        <source>Free space on the target or enlarge its disk.</source>
        <translation>Schaffen Sie Platz auf dem Zielsystem, oder vergrößern Sie dessen Festplatte.</translation>
    </message>
    <message>
        <source>Binary logging on the source (low-downtime mode)</source>
        <translation>Binärlog auf dem Quellsystem (Modus mit geringer Ausfallzeit)</translation>
    </message>
    <message>
        <source>Binary logging is on: the low-downtime mode is possible.</source>
        <translation>Das Binärlog ist aktiviert: Der Modus mit geringer Ausfallzeit ist möglich.</translation>
    </message>
    <message>
        <source>Binary logging is off on the source, so the low-downtime mode is not possible: the migration will run offline, with the source in maintenance during the whole copy.</source>
        <translation>Das Binärlog ist auf dem Quellsystem deaktiviert, daher ist der Modus mit geringer Ausfallzeit nicht möglich: Die Migration läuft offline, und das Quellsystem bleibt während des gesamten Kopiervorgangs im Wartungsmodus.</translation>
    </message>
    <message>
        <source>Binary logging is off on the source: only the offline mode is possible.</source>
        <translation>Das Binärlog ist auf dem Quellsystem deaktiviert: Nur der Offline-Modus ist möglich.</translation>
    </message>
    <message>
        <source>To keep the downtime short, turn on binary logging on the source and restart its database, then check again; or accept the offline migration.</source>
        <translation>Um die Ausfallzeit kurz zu halten, aktivieren Sie das Binärlog auf dem Quellsystem, starten Sie dessen Datenbank neu und prüfen Sie dann erneut – oder akzeptieren Sie die Offline-Migration.</translation>
    </message>
    <message>
        <source>License transfer (Migrate License)</source>
        <translation>Lizenzübertragung („Lizenz migrieren“)</translation>
    </message>
    <message>
        <source>the target already has an active license (%1)</source>
        <extracomment>%1: license GUID</extracomment>
        <translation>das Zielsystem hat bereits eine aktive Lizenz (%1)</translation>
    </message>
    <message>
        <source>the source has no active license (state: %1)</source>
        <translation>das Quellsystem hat keine aktive Lizenz (Status: %1)</translation>
    </message>
    <message>
        <source>the source has no maintenance contract</source>
        <translation>das Quellsystem hat keinen Wartungsvertrag</translation>
    </message>
    <message>
        <source>the source&apos;s maintenance contract ended on %1</source>
        <translation>der Wartungsvertrag des Quellsystems ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>The target has no license and the source&apos;s maintenance contract runs until %1.</source>
        <translation>Das Zielsystem hat keine Lizenz, und der Wartungsvertrag des Quellsystems läuft bis zum %1.</translation>
    </message>
    <message>
        <source>The license cannot be moved: %1.</source>
        <translation>Die Lizenz kann nicht übertragen werden: %1.</translation>
    </message>
    <message>
        <source>Turn off Migrate License (the target keeps its own license).</source>
        <translation>Deaktivieren Sie „Lizenz migrieren“ (das Zielsystem behält seine eigene Lizenz).</translation>
    </message>
    <message>
        <source>Renew the maintenance contract of the source with your dealer, or turn off Migrate License.</source>
        <translation>Verlängern Sie den Wartungsvertrag des Quellsystems bei Ihrem Händler, oder deaktivieren Sie „Lizenz migrieren“.</translation>
    </message>
    <message>
        <source>Turn off Migrate License.</source>
        <translation>Deaktivieren Sie „Lizenz migrieren“.</translation>
    </message>
    <message>
        <source>No interrupted migration</source>
        <translation>Keine unterbrochene Migration</translation>
    </message>
    <message>
        <source>No unfinished migration was found.</source>
        <translation>Es wurde keine offene Migration gefunden.</translation>
    </message>
    <message>
        <source>An earlier migration was interrupted and is not finished.</source>
        <translation>Eine frühere Migration wurde unterbrochen und ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>An earlier migration (%1) was interrupted and is not finished.</source>
        <translation>Eine frühere Migration (%1) wurde unterbrochen und ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Resume it (cutover-cli resume) or back it out (cutover-cli backout) before starting a new one.</source>
        <translation>Setzen Sie sie fort (cutover-cli resume) oder nehmen Sie sie zurück (cutover-cli backout), bevor Sie eine neue starten.</translation>
    </message>
    <message>
        <source>Source in normal operation</source>
        <translation>Quellsystem im Normalbetrieb</translation>
    </message>
    <message>
        <source>The source is already in maintenance mode.</source>
        <translation>Das Quellsystem ist bereits im Wartungsmodus.</translation>
    </message>
    <message>
        <source>If an earlier migration left it so, resume or back out that migration; otherwise check why it is in maintenance.</source>
        <translation>Falls eine frühere Migration es so hinterlassen hat, setzen Sie diese fort oder nehmen Sie sie zurück; andernfalls prüfen Sie, warum es sich im Wartungsmodus befindet.</translation>
    </message>
    <message>
        <source>Distinct database server IDs (low-downtime mode)</source>
        <translation>Unterschiedliche Server-IDs der Datenbanken (Modus mit geringer Ausfallzeit)</translation>
    </message>
    <message>
        <source>The source&apos;s and the target&apos;s databases have different server IDs.</source>
        <translation>Die Datenbanken des Quellsystems und des Zielsystems haben unterschiedliche Server-IDs.</translation>
    </message>
    <message>
        <source>The source&apos;s and the target&apos;s databases have the same server ID (%1), so the target cannot replicate from the source: the migration will run offline, with the source in maintenance during the whole copy.</source>
        <extracomment>%1 is a number (MariaDB&apos;s server_id)</extracomment>
        <translation>Die Datenbanken des Quellsystems und des Zielsystems haben dieselbe Server-ID (%1), daher kann das Zielsystem nicht vom Quellsystem replizieren: Die Migration läuft offline, und das Quellsystem bleibt während der gesamten Kopie im Wartungsmodus.</translation>
    </message>
    <message>
        <source>The source&apos;s and the target&apos;s databases have the same server ID (%1): only the offline mode is possible.</source>
        <extracomment>%1 is a number (MariaDB&apos;s server_id)</extracomment>
        <translation>Die Datenbanken des Quellsystems und des Zielsystems haben dieselbe Server-ID (%1): Nur der Offline-Modus ist möglich.</translation>
    </message>
    <message>
        <source>To keep the downtime short, give the target&apos;s database a different server_id and restart it, then check again; or accept the offline migration.</source>
        <translation>Um die Ausfallzeit gering zu halten, geben Sie der Datenbank des Zielsystems eine andere server_id, starten Sie sie neu und prüfen Sie erneut; oder akzeptieren Sie die Offline-Migration.</translation>
    </message>
    <message>
        <source>the source has no license</source>
        <translation>das Quellsystem hat keine Lizenz</translation>
    </message>
</context>
<context>
    <name>cutover::ConfirmationPage</name>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; (%2) to &lt;b&gt;%3&lt;/b&gt; (%4).</source>
        <comment>@info</comment>
        <extracomment>%1: source host name, %2: source address, %3: target host name, %4: target address</extracomment>
        <translation>Von &lt;b&gt;%1&lt;/b&gt; (%2) nach &lt;b&gt;%3&lt;/b&gt; (%4).</translation>
    </message>
    <message>
        <source>The interrupted migration continues with the first step not done.</source>
        <comment>@info</comment>
        <translation>Die unterbrochene Migration wird mit dem ersten noch nicht ausgeführten Schritt fortgesetzt.</translation>
    </message>
    <message>
        <source>The interrupted migration is backed out: the steps already performed are undone, newest first.</source>
        <comment>@info</comment>
        <translation>Die unterbrochene Migration wird zurückgenommen: Die bereits ausgeführten Schritte werden rückgängig gemacht, der jüngste zuerst.</translation>
    </message>
    <message>
        <source>This is a rehearsal: the source is only read.</source>
        <comment>@info</comment>
        <translation>Dies ist ein Probelauf: Vom Quellsystem wird nur gelesen.</translation>
    </message>
    <message>
        <source>Point of no return</source>
        <comment>@info</comment>
        <translation>Punkt ohne Wiederkehr</translation>
    </message>
    <message>
        <source>From here on the source is changed for good: a failure stops the run safely and you resume it.</source>
        <comment>@info</comment>
        <translation>Ab hier wird das Quellsystem dauerhaft verändert: Ein Fehler hält den Lauf sicher an, und Sie setzen ihn anschließend fort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and overwritten. The source is not changed.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Alle Daten auf dem Zielsystem werden gelöscht und überschrieben. Das Quellsystem wird nicht verändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and overwritten. Before the point of no return, stopping undoes every change; after it, the run cannot be undone and must be finished. Do not switch off either system during the migration; if the connection or this computer fails, start Cutover again and resume.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Alle Daten auf dem Zielsystem werden gelöscht und überschrieben. Vor dem Punkt ohne Wiederkehr macht ein Abbruch jede Änderung rückgängig; danach kann der Lauf nicht mehr rückgängig gemacht werden und muss abgeschlossen werden. Schalten Sie während der Migration keines der beiden Systeme aus; fallen die Verbindung oder dieser Computer aus, starten Sie Cutover erneut und setzen Sie die Migration fort.</translation>
    </message>
    <message>
        <source>This version of Cutover cannot run these steps yet: %1. Go back and change the options.</source>
        <comment>@info</comment>
        <extracomment>%1: list of step titles</extracomment>
        <translation>Diese Cutover-Version kann folgende Schritte noch nicht ausführen: %1. Gehen Sie zurück und ändern Sie die Optionen.</translation>
    </message>
    <message>
        <source>&amp;Execute</source>
        <comment>@action:button</comment>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <comment>@action:button</comment>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Back Out</source>
        <comment>@action:button</comment>
        <translation>Zurück&amp;nehmen</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <comment>@title:window wizard step</comment>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>These are the exact steps, in order. Nothing has changed on either system yet.</source>
        <comment>@info</comment>
        <translation>Dies sind die genauen Schritte in ihrer Reihenfolge. Auf keinem der beiden Systeme wurde bisher etwas geändert.</translation>
    </message>
    <message>
        <source>Steps of the migration</source>
        <comment>@info:accessible</comment>
        <translation>Schritte der Migration</translation>
    </message>
    <message>
        <source>Estimated duration: about %1. The source keeps serving throughout.</source>
        <comment>@info</comment>
        <extracomment>%1: estimated duration</extracomment>
        <translation>Geschätzte Dauer: etwa %1. Das Quellsystem bleibt die ganze Zeit in Betrieb.</translation>
    </message>
    <message>
        <source>Estimated duration: about %1. Writes pause for about %2 while the target applies the last changes; the application is fully back after about %3, once the target&apos;s services have restarted.</source>
        <comment>@info</comment>
        <extracomment>%1: estimated duration, %2: how long writes pause (a few seconds), %3: when the application is fully back (from the start of the pause)</extracomment>
        <translation>Geschätzte Dauer: etwa %1. Schreibzugriffe pausieren etwa %2, während das Zielsystem die letzten Änderungen übernimmt; die Anwendung ist nach etwa %3 wieder vollständig verfügbar, sobald die Dienste des Zielsystems neu gestartet sind.</translation>
    </message>
    <message>
        <source>Estimated duration: about %1. Writes stop for about %2: the source is read-only while all of its data is copied, so this grows with the data size.</source>
        <comment>@info</comment>
        <extracomment>%1: estimated duration, %2: how long writes stop</extracomment>
        <translation>Geschätzte Dauer: etwa %1. Schreibzugriffe sind etwa %2 lang nicht möglich: Das Quellsystem ist schreibgeschützt, während alle seine Daten kopiert werden; die Zeit wächst daher mit der Datenmenge.</translation>
    </message>
    <message>
        <source>A rough estimate: the real time depends mostly on disk and network speed.</source>
        <comment>@info</comment>
        <translation>Eine grobe Schätzung: Die tatsächliche Zeit hängt vor allem von der Festplatten- und Netzwerkgeschwindigkeit ab.</translation>
    </message>
</context>
<context>
    <name>cutover::CopyPathChoice</name>
    <message>
        <source>Physical copy: both appliances run MariaDB %1, so the source&apos;s database files are streamed to the target at disk speed and swapped in there; the target keeps its previous data until the verification passes.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 is a MariaDB major version such as 10.11</extracomment>
        <translation>Physische Kopie: Auf beiden Appliances läuft MariaDB %1, daher werden die Datenbankdateien des Quellsystems mit Festplattengeschwindigkeit zum Zielsystem übertragen und dort eingesetzt; das Zielsystem behält seine bisherigen Daten, bis die Überprüfung bestanden ist.</translation>
    </message>
    <message>
        <source>Logical copy: the physical copy was turned off (Options page or --logical-copy).</source>
        <comment>@info copy path</comment>
        <translation>Logische Kopie: Die physische Kopie wurde ausgeschaltet (Seite „Optionen“ oder --logical-copy).</translation>
    </message>
    <message>
        <source>Logical copy: a rehearsal copies the data logically, because a physical copy would replace the target&apos;s whole database.</source>
        <comment>@info copy path</comment>
        <translation>Logische Kopie: Eine Probe kopiert die Daten logisch, weil eine physische Kopie die gesamte Datenbank des Zielsystems ersetzen würde.</translation>
    </message>
    <message>
        <source>Logical copy: the source is part of a high-availability group, whose data moves through its replication.</source>
        <comment>@info copy path</comment>
        <translation>Logische Kopie: Das Quellsystem gehört zu einer Hochverfügbarkeitsgruppe, deren Daten über ihre Replikation übertragen werden.</translation>
    </message>
    <message>
        <source>Logical copy: a physical copy needs MariaDB on both appliances.</source>
        <comment>@info copy path</comment>
        <translation>Logische Kopie: Eine physische Kopie setzt MariaDB auf beiden Appliances voraus.</translation>
    </message>
    <message>
        <source>Logical copy: the database version of an appliance could not be read.</source>
        <comment>@info copy path</comment>
        <translation>Logische Kopie: Die Datenbankversion einer Appliance konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Logical copy: the source runs MariaDB %1 and the target MariaDB %2; a physical copy needs the same major version on both.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 and %2 are MariaDB major versions such as 10.6 and 10.11</extracomment>
        <translation>Logische Kopie: Auf dem Quellsystem läuft MariaDB %1, auf dem Zielsystem MariaDB %2; eine physische Kopie setzt auf beiden dieselbe Hauptversion voraus.</translation>
    </message>
    <message>
        <source>Logical copy: the target holds databases the source does not have (%1), which a physical copy would remove.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 is a list of database names</extracomment>
        <translation>Logische Kopie: Das Zielsystem enthält Datenbanken, die das Quellsystem nicht hat (%1); eine physische Kopie würde sie entfernen.</translation>
    </message>
    <message>
        <source>Logical copy: a physical copy needs about %1 free on the target (it keeps its current data until the copy is verified), but only %2 is free.</source>
        <comment>@info copy path</comment>
        <extracomment>%1 and %2 are data sizes</extracomment>
        <translation>Logische Kopie: Eine physische Kopie braucht auf dem Zielsystem etwa %1 freien Speicher (es behält seine aktuellen Daten, bis die Kopie überprüft ist), frei sind aber nur %2.</translation>
    </message>
</context>
<context>
    <name>cutover::CredentialCheck</name>
    <message>
        <source>Admin password of the source system</source>
        <translation>Admin-Passwort des Quellsystems</translation>
    </message>
    <message>
        <source>Admin password of the target system</source>
        <translation>Admin-Passwort des Zielsystems</translation>
    </message>
    <message>
        <source>Entered.</source>
        <translation>Eingegeben.</translation>
    </message>
    <message>
        <source>The admin password of the source system is empty.</source>
        <translation>Das Admin-Passwort des Quellsystems ist leer.</translation>
    </message>
    <message>
        <source>The admin password of the target system is empty.</source>
        <translation>Das Admin-Passwort des Zielsystems ist leer.</translation>
    </message>
    <message>
        <source>Enter the password of the appliance&apos;s admin user (the one used to log in to its web interface).</source>
        <translation>Geben Sie das Passwort des Admin-Benutzers der Appliance ein (das Passwort für die Anmeldung an der Weboberfläche).</translation>
    </message>
</context>
<context>
    <name>cutover::DataCopyOperation</name>
    <message>
        <source>About %1 of data is copied from a consistent snapshot of %2 to %3 and verified; the source keeps serving. Everything on the target&apos;s databases is replaced.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>Etwa %1 Daten werden aus einem konsistenten Snapshot von %2 nach %3 kopiert und verifiziert; das Quellsystem bleibt dabei in Betrieb. Der gesamte Inhalt der Datenbanken des Zielsystems wird ersetzt.</translation>
    </message>
    <message>
        <source>About %1 of data is copied from %2 to %3 and verified. Everything on the target&apos;s databases is replaced; the source keeps its data.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>Etwa %1 Daten werden von %2 nach %3 kopiert und verifiziert. Der gesamte Inhalt der Datenbanken des Zielsystems wird ersetzt; das Quellsystem behält seine Daten.</translation>
    </message>
    <message>
        <source>Creating temporary database accounts …</source>
        <comment>@info progress</comment>
        <translation>Temporäre Datenbankkonten werden angelegt …</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <comment>@info progress</comment>
        <translation>%1 wird kopiert</translation>
    </message>
    <message>
        <source>Verifying the copy …</source>
        <comment>@info progress</comment>
        <translation>Die Kopie wird verifiziert …</translation>
    </message>
    <message>
        <source>Copying the data …</source>
        <comment>@info progress</comment>
        <translation>Die Daten werden kopiert …</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>@label</comment>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Bytes</source>
        <comment>@label</comment>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>@label</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Chunks copied / already done</source>
        <comment>@label</comment>
        <translation>Blöcke kopiert / bereits erledigt</translation>
    </message>
    <message>
        <source>Data verified against the source&apos;s snapshot</source>
        <comment>@info check</comment>
        <translation>Daten gegen den Snapshot des Quellsystems verifiziert</translation>
    </message>
</context>
<context>
    <name>cutover::DatabaseCopier</name>
    <message>
        <source>The database copy was cancelled.</source>
        <translation>Das Kopieren der Datenbank wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The source database changed since the interrupted copy (position %1, now %2). The copy cannot be continued; start it again from the beginning.</source>
        <extracomment>%1, %2: binary-log positions like mariadb-bin.000003:1234</extracomment>
        <translation>Die Quelldatenbank hat sich seit dem unterbrochenen Kopiervorgang geändert (Position %1, jetzt %2). Der Kopiervorgang kann nicht fortgesetzt werden; starten Sie ihn erneut von vorn.</translation>
    </message>
    <message>
        <source>The target server cannot load the history of system-versioned tables (needs MariaDB 10.11 or later).</source>
        <translation>Der Zielserver kann den Verlauf systemversionierter Tabellen nicht laden (erfordert MariaDB 10.11 oder neuer).</translation>
    </message>
    <message>
        <source>The target&apos;s binary log records the copy because the migration account may not turn it off (needs the BINLOG ADMIN privilege).</source>
        <translation>Das Binärlog des Zielsystems zeichnet den Kopiervorgang auf, weil das Migrationskonto es nicht abschalten darf (erfordert die Berechtigung BINLOG ADMIN).</translation>
    </message>
    <message>
        <source>Cannot connect to the source database as %1. Check that it runs and that the migration account exists.</source>
        <extracomment>%1: user@host:port</extracomment>
        <translation>Keine Verbindung zur Quelldatenbank als %1 möglich. Prüfen Sie, ob sie läuft und das Migrationskonto existiert.</translation>
    </message>
    <message>
        <source>Cannot connect to the target database as %1. Check that it runs and that the migration account exists.</source>
        <translation>Keine Verbindung zur Zieldatenbank als %1 möglich. Prüfen Sie, ob sie läuft und das Migrationskonto existiert.</translation>
    </message>
    <message>
        <source>Cannot open a consistent snapshot of the source database. Check the migration account&apos;s privileges.</source>
        <translation>Es kann kein konsistenter Snapshot der Quelldatenbank geöffnet werden. Prüfen Sie die Berechtigungen des Migrationskontos.</translation>
    </message>
    <message>
        <source>The source snapshot could not be proved consistent across readers (no binary log and no RELOAD privilege); the copy assumes the source is not written to.</source>
        <translation>Die Konsistenz des Snapshots der Quelle ließ sich nicht über alle Leseverbindungen hinweg nachweisen (kein Binärlog und keine RELOAD-Berechtigung); der Kopiervorgang geht davon aus, dass nicht in die Quelle geschrieben wird.</translation>
    </message>
    <message>
        <source>Cannot create %1 on the target database. Check the target&apos;s migration account and free disk space.</source>
        <extracomment>%1: an object like `shop`.`orders`</extracomment>
        <translation>%1 kann in der Zieldatenbank nicht angelegt werden. Prüfen Sie das Migrationskonto und den freien Speicherplatz des Zielsystems.</translation>
    </message>
    <message>
        <source>Cannot read the definition of schema %1 on the source.</source>
        <translation>Die Definition des Schemas %1 kann auf dem Quellsystem nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1 on the source.</source>
        <translation>Die Sequenz %1 kann auf dem Quellsystem nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read table %1 on the source.</source>
        <translation>Die Tabelle %1 kann auf dem Quellsystem nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading %1 from the source database failed.</source>
        <extracomment>%1: a table and key range</extracomment>
        <translation>Das Lesen von %1 aus der Quelldatenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Writing %1 to the target database failed. Check the target&apos;s free disk space and its log.</source>
        <translation>Das Schreiben von %1 in die Zieldatenbank ist fehlgeschlagen. Prüfen Sie den freien Speicherplatz und das Protokoll des Zielsystems.</translation>
    </message>
    <message>
        <source>Verifying %1 on the source database failed.</source>
        <translation>Das Verifizieren von %1 in der Quelldatenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Verifying %1 failed.</source>
        <translation>Das Verifizieren von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot read the accounts of the source database. The migration account needs read access to the mysql schema, or turn off copying accounts.</source>
        <translation>Die Konten der Quelldatenbank können nicht gelesen werden. Das Migrationskonto benötigt Lesezugriff auf das Schema mysql; andernfalls deaktivieren Sie das Kopieren der Konten.</translation>
    </message>
    <message>
        <source>Cannot create the account %1 on the target database. The migration account needs the CREATE USER privilege and GRANT OPTION.</source>
        <extracomment>%1: an account like &apos;shop&apos;@&apos;%&apos;</extracomment>
        <translation>Das Konto %1 kann in der Zieldatenbank nicht angelegt werden. Das Migrationskonto benötigt die Berechtigung CREATE USER und GRANT OPTION.</translation>
    </message>
    <message>
        <source>Cannot read the grants of %1 on the source database.</source>
        <translation>Die Berechtigungen (GRANTs) von %1 in der Quelldatenbank können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the account %1 on the source database.</source>
        <translation>Das Konto %1 in der Quelldatenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the definition of %1 on the source.</source>
        <translation>Die Definition von %1 kann auf dem Quellsystem nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the definition of %1 on the target.</source>
        <translation>Die Definition von %1 kann auf dem Zielsystem nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Adding the indexes of %1 on the target database failed. Check the target&apos;s free disk space and its log.</source>
        <extracomment>%1: a table like `shop`.`orders`</extracomment>
        <translation>Das Anlegen der Indizes von %1 in der Zieldatenbank ist fehlgeschlagen. Prüfen Sie den freien Speicherplatz und das Log des Zielsystems.</translation>
    </message>
    <message>
        <source>Cannot read the list of schemas on the source database. Check the migration account&apos;s privileges.</source>
        <translation>Die Liste der Schemas in der Quelldatenbank kann nicht gelesen werden. Prüfen Sie die Berechtigungen des Migrationskontos.</translation>
    </message>
    <message>
        <source>Cannot read the structure of schema %1 on the source database. Check the migration account&apos;s privileges.</source>
        <extracomment>%1: a schema name like `shop`</extracomment>
        <translation>Die Struktur des Schemas %1 in der Quelldatenbank kann nicht gelesen werden. Prüfen Sie die Berechtigungen des Migrationskontos.</translation>
    </message>
    <message>
        <source>Cannot read the foreign keys of the source database. Check the migration account&apos;s privileges.</source>
        <translation>Die Fremdschlüssel der Quelldatenbank können nicht gelesen werden. Prüfen Sie die Berechtigungen des Migrationskontos.</translation>
    </message>
    <message>
        <source>Cannot create the view %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a view like `shop`.`orders_view`</extracomment>
        <translation>Die View %1 kann in der Zieldatenbank nicht angelegt werden. Prüfen Sie die Details und kopieren Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <source>Cannot create the stored procedure %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a procedure like `shop`.`close_orders`</extracomment>
        <translation>Die gespeicherte Prozedur %1 kann in der Zieldatenbank nicht angelegt werden. Prüfen Sie die Details und kopieren Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <source>Cannot create the stored function %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a function like `shop`.`net_price`</extracomment>
        <translation>Die gespeicherte Funktion %1 kann in der Zieldatenbank nicht angelegt werden. Prüfen Sie die Details und kopieren Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <source>Cannot create the trigger %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: a trigger like `shop`.`orders_bi`</extracomment>
        <translation>Der Trigger %1 kann in der Zieldatenbank nicht angelegt werden. Prüfen Sie die Details und kopieren Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <source>Cannot create the event %1 on the target database. Check the details, then copy the database again.</source>
        <extracomment>%1: an event like `shop`.`nightly_cleanup`</extracomment>
        <translation>Das Event %1 kann in der Zieldatenbank nicht angelegt werden. Prüfen Sie die Details und kopieren Sie die Datenbank dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first in the rows of table %1 with %2. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: a table like `shop`.`orders`; %2: a key range like id in [1, 500)</extracomment>
        <translation>
            <numerusform>Die kopierten Daten weichen an %n Stelle von der Quelle ab, zuerst in den Zeilen der Tabelle %1 mit %2. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
            <numerusform>Die kopierten Daten weichen an %n Stellen von der Quelle ab, zuerst in den Zeilen der Tabelle %1 mit %2. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first in the rows of table %1. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: a table like `shop`.`orders`</extracomment>
        <translation>
            <numerusform>Die kopierten Daten weichen an %n Stelle von der Quelle ab, zuerst in den Zeilen der Tabelle %1. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
            <numerusform>Die kopierten Daten weichen an %n Stellen von der Quelle ab, zuerst in den Zeilen der Tabelle %1. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first: %1 is missing on the target. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: an object like `shop`.`orders_view`</extracomment>
        <translation>
            <numerusform>Die kopierten Daten weichen an %n Stelle von der Quelle ab, zuerst: %1 fehlt in der Zieldatenbank. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
            <numerusform>Die kopierten Daten weichen an %n Stellen von der Quelle ab, zuerst: %1 fehlt in der Zieldatenbank. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copied data differs from the source in %n place(s), first in the definition of %1. Do not switch over; copy the database again.</source>
        <extracomment>%n: number of differences; %1: a table or object like `shop`.`orders`</extracomment>
        <translation>
            <numerusform>Die kopierten Daten weichen an %n Stelle von der Quelle ab, zuerst in der Definition von %1. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
            <numerusform>Die kopierten Daten weichen an %n Stellen von der Quelle ab, zuerst in der Definition von %1. Schalten Sie nicht um; kopieren Sie die Datenbank erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::DnsCheck</name>
    <message>
        <source>DNS records of %1</source>
        <extracomment>%1: DNS name</extracomment>
        <translation>DNS-Einträge von %1</translation>
    </message>
    <message>
        <source>No DNS server answered for %1 in time.</source>
        <translation>Kein DNS-Server hat rechtzeitig für %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 has no address in DNS.</source>
        <translation>%1 hat keine Adresse im DNS.</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>%1 (TTL %2)</source>
        <extracomment>%1: address, %2: duration</extracomment>
        <translation>%1 (TTL %2)</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <extracomment>%1: name, %2: list of addresses with TTLs</extracomment>
        <translation>%1 wird zu %2 aufgelöst.</translation>
    </message>
    <message>
        <source>None of these is %1, the address Cutover uses.</source>
        <translation>Keine davon ist %1, die von Cutover verwendete Adresse.</translation>
    </message>
    <message>
        <source>Its TTL is long: after a DNS change, clients may keep using the old address for up to %1.</source>
        <translation>Der TTL-Wert ist hoch: Nach einer DNS-Änderung verwenden Clients die alte Adresse unter Umständen noch bis zu %1 lang.</translation>
    </message>
    <message>
        <source>Check the DNS records before changing them for the migration.</source>
        <translation>Prüfen Sie die DNS-Einträge, bevor Sie sie für die Migration ändern.</translation>
    </message>
    <message>
        <source>Lower the TTL to %1 or less a day ahead (at least as long as the current TTL) so the DNS change reaches every client quickly.</source>
        <translation>Senken Sie den TTL-Wert einen Tag im Voraus (mindestens so lange vorher, wie der aktuelle TTL-Wert beträgt) auf %1 oder weniger, damit die DNS-Änderung alle Clients schnell erreicht.</translation>
    </message>
</context>
<context>
    <name>cutover::DowntimeEstimate</name>
    <message>
        <source>None: the source keeps serving throughout.</source>
        <comment>@info downtime</comment>
        <translation>Keine: Das Quellsystem arbeitet durchgehend weiter.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>@info duration</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1, whatever the data size: the data is copied while the source serves, and the source is read-only only while the target applies its last changes (at most %n second(s); otherwise the migration falls back and the source serves again).</source>
        <comment>@info downtime</comment>
        <extracomment>%1 is a duration such as &quot;12 seconds&quot;</extracomment>
        <translation>
            <numerusform>Etwa %1, unabhängig von der Datenmenge: Die Daten werden kopiert, während das Quellsystem weiterarbeitet, und das Quellsystem ist nur schreibgeschützt, während das Zielsystem die letzten Änderungen übernimmt (höchstens %n Sekunde; sonst wird die Migration zurückgenommen und das Quellsystem arbeitet wieder).</numerusform>
            <numerusform>Etwa %1, unabhängig von der Datenmenge: Die Daten werden kopiert, während das Quellsystem weiterarbeitet, und das Quellsystem ist nur schreibgeschützt, während das Zielsystem die letzten Änderungen übernimmt (höchstens %n Sekunden; sonst wird die Migration zurückgenommen und das Quellsystem arbeitet wieder).</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1: the source is read-only while all of its data is copied, so this grows with the data size.</source>
        <comment>@info downtime</comment>
        <extracomment>%1 is a duration such as &quot;4 minutes&quot;</extracomment>
        <translation>Etwa %1: Das Quellsystem ist schreibgeschützt, während alle seine Daten kopiert werden; die Ausfallzeit wächst daher mit der Datenmenge.</translation>
    </message>
    <message>
        <source>None for the application: the other nodes of the group keep serving while the source leaves and the target takes its place.</source>
        <comment>@info downtime</comment>
        <translation>Keine für die Anwendung: Die anderen Knoten der Gruppe bedienen weiter, während das Quellsystem die Gruppe verlässt und das Zielsystem seinen Platz einnimmt.</translation>
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
        <translation>Sie haben die Migration angehalten.</translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <comment>@info</comment>
        <extracomment>%1: step title, %2: what went wrong</extracomment>
        <translation>Der Schritt „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <comment>@info</comment>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Everything was backed out automatically. The source serves exactly as before; the target may hold a partial copy, which the next migration overwrites.</source>
        <comment>@info</comment>
        <translation>Alles wurde automatisch zurückgenommen. Das Quellsystem arbeitet genau wie zuvor; das Zielsystem enthält möglicherweise eine unvollständige Kopie, die bei der nächsten Migration überschrieben wird.</translation>
    </message>
    <message>
        <source>Undone, newest first:</source>
        <comment>@info</comment>
        <translation>Rückgängig gemacht (jüngster Schritt zuerst):</translation>
    </message>
    <message>
        <source>What to do: remove the cause shown above, then run the wizard again.</source>
        <comment>@info</comment>
        <translation>Vorgehen: Beheben Sie die oben angezeigte Ursache und führen Sie den Assistenten dann erneut aus.</translation>
    </message>
    <message>
        <source>The run stopped safely after the point of no return, so nothing was undone. Its position is kept in the journal.</source>
        <comment>@info</comment>
        <translation>Der Lauf wurde nach dem Punkt ohne Wiederkehr sicher angehalten, daher wurde nichts rückgängig gemacht. Sein Stand ist im Journal gespeichert.</translation>
    </message>
    <message>
        <source>What to do: remove the cause shown above, then start Cutover again and choose Resume on the first page (or run “cutover-cli resume”). The run continues with the step that stopped.</source>
        <comment>@info</comment>
        <translation>Vorgehen: Beheben Sie die oben angezeigte Ursache, starten Sie Cutover dann erneut und wählen Sie auf der ersten Seite „Fortsetzen“ (oder führen Sie „cutover-cli resume“ aus). Der Lauf wird mit dem angehaltenen Schritt fortgesetzt.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <comment>@info</comment>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Congratulations! The migration completed successfully. Click Next.</source>
        <comment>@info</comment>
        <translation>Herzlichen Glückwunsch! Die Migration wurde erfolgreich abgeschlossen. Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>The migration did not complete; every change was undone.</source>
        <comment>@info</comment>
        <translation>Die Migration wurde nicht abgeschlossen; jede Änderung wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The migration stopped and needs your attention.</source>
        <comment>@info</comment>
        <translation>Die Migration wurde angehalten und erfordert Ihr Eingreifen.</translation>
    </message>
    <message>
        <source>The migration is past the point of no return and can no longer be stopped. Keep both systems and this computer running.</source>
        <comment>@info</comment>
        <translation>Die Migration hat den Punkt ohne Wiederkehr überschritten und kann nicht mehr angehalten werden. Lassen Sie beide Systeme und diesen Computer eingeschaltet.</translation>
    </message>
    <message>
        <source>The migration is running. Until the point of no return, Stop and Back Out undoes every change.</source>
        <comment>@info</comment>
        <translation>Die Migration läuft. Bis zum Punkt ohne Wiederkehr macht „Anhalten und zurücknehmen“ jede Änderung rückgängig.</translation>
    </message>
    <message>
        <source>Overall %1 — %2 elapsed</source>
        <comment>@info</comment>
        <extracomment>%1: percent done, %2: time since the start</extracomment>
        <translation>Gesamt %1 — %2 vergangen</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <comment>@info:accessible</comment>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Execution</source>
        <comment>@title:window wizard step</comment>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Each step shows its own progress. Times are estimates; they depend mostly on disk speed.</source>
        <comment>@info</comment>
        <translation>Jeder Schritt zeigt seinen eigenen Fortschritt. Die Zeiten sind Schätzungen; sie hängen vor allem von der Festplattengeschwindigkeit ab.</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <comment>@action:button</comment>
        <translation>&amp;Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Migration log</source>
        <comment>@info:accessible</comment>
        <translation>Migrationsprotokoll</translation>
    </message>
</context>
<context>
    <name>cutover::FinalOperation</name>
    <message>
        <source>The round-robin hosts come back on the master, with %1 in place of the source.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Die Round-Robin-Hosts werden auf dem Master wiederhergestellt, mit %1 anstelle des Quellsystems.</translation>
    </message>
    <message>
        <source>The target is taken out of maintenance if needed and the run is closed.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem verlässt bei Bedarf den Wartungsmodus, und der Lauf wird abgeschlossen.</translation>
    </message>
    <message>
        <source>The target left maintenance.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem hat den Wartungsmodus verlassen.</translation>
    </message>
    <message>
        <source>Round-robin hosts on the master %1: %2 replaced by %3</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 lists addresses, %3 the address that replaces them</extracomment>
        <translation>Round-Robin-Hosts auf dem Master %1: %2 ersetzt durch %3</translation>
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
        <translation>Das Quellsystem meldet keinen Master für seine Hochverfügbarkeitsgruppe, daher können seine Round-Robin-Hosts und seine Replikation nicht übertragen werden. Prüfen Sie die Replikation der Gruppe auf dem Quellsystem.</translation>
    </message>
    <message>
        <source>The master of the group at %1 presented a certificate Cutover does not trust yet. Check its fingerprint on the master, trust it, and start again.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address; the fingerprint follows in the details</extracomment>
        <translation>Der Master der Gruppe unter %1 hat ein Zertifikat vorgelegt, dem Cutover noch nicht vertraut. Prüfen Sie seinen Fingerabdruck auf dem Master, vertrauen Sie ihm und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>cutover::HaReplicaOperation</name>
    <message>
        <source>the master of the group</source>
        <comment>@info</comment>
        <translation>dem Master der Gruppe</translation>
    </message>
    <message>
        <source>%2 receives the data of %1 and then replicates from the master %3 in the source&apos;s place, until it has every change the master took meanwhile. The other nodes keep serving.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances, %3 is the master&apos;s address</extracomment>
        <translation>%2 erhält die Daten von %1 und repliziert dann anstelle des Quellsystems vom Master %3, bis es jede Änderung hat, die der Master inzwischen angenommen hat. Die anderen Knoten bedienen weiter.</translation>
    </message>
    <message>
        <source>The source is the master of its high-availability group. Cutover moves a node that replicates from the master; make another node the master first, then migrate this one.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem ist der Master seiner Hochverfügbarkeitsgruppe. Cutover migriert einen Knoten, der vom Master repliziert; machen Sie zuerst einen anderen Knoten zum Master und migrieren Sie dann diesen.</translation>
    </message>
    <message>
        <source>The source still replicates from the master, so its data is still changing. Nothing was copied; the migration is backed out.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem repliziert noch vom Master, seine Daten ändern sich also noch. Es wurde nichts kopiert; die Migration wird rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The source has no replication position (GTID), so the target could not continue the replication where the source stopped. Nothing was copied; the migration is backed out.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem hat keine Replikationsposition (GTID), daher könnte das Zielsystem die Replikation nicht dort fortsetzen, wo das Quellsystem aufgehört hat. Es wurde nichts kopiert; die Migration wird rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Connecting the target to the master …</source>
        <comment>@info progress</comment>
        <translation>Das Zielsystem wird mit dem Master verbunden …</translation>
    </message>
    <message>
        <source>The target replicates from the master %1, starting after %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 a GTID position</extracomment>
        <translation>Das Zielsystem repliziert vom Master %1, beginnend nach %2.</translation>
    </message>
    <message>
        <source>The target&apos;s replication from the master stopped with an error: %1. The migration is backed out; the source rejoins its group.</source>
        <comment>@info</comment>
        <extracomment>%1 is MariaDB&apos;s own error text</extracomment>
        <translation>Die Replikation des Zielsystems vom Master wurde mit einem Fehler beendet: %1. Die Migration wird rückgängig gemacht; das Quellsystem kehrt in seine Gruppe zurück.</translation>
    </message>
    <message>
        <source>no answer</source>
        <comment>@info</comment>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The target cannot replicate from the master %1 (%2). Check that the target reaches the master on port 3306 and that their database server IDs differ. The migration is backed out; the source rejoins its group.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 MariaDB&apos;s own error text</extracomment>
        <translation>Das Zielsystem kann nicht vom Master %1 replizieren (%2). Prüfen Sie, dass das Zielsystem den Master auf Port 3306 erreicht und dass sich die Server-IDs ihrer Datenbanken unterscheiden. Die Migration wird rückgängig gemacht; das Quellsystem kehrt in seine Gruppe zurück.</translation>
    </message>
    <message numerus="yes">
        <source>The target is %n transaction(s) behind the master …</source>
        <comment>@info progress</comment>
        <extracomment>%n transactions</extracomment>
        <translation>
            <numerusform>Das Zielsystem liegt %n Transaktion hinter dem Master …</numerusform>
            <numerusform>Das Zielsystem liegt %n Transaktionen hinter dem Master …</numerusform>
        </translation>
    </message>
    <message>
        <source>The target did not catch up with the master within %1 seconds. The migration is backed out; the source rejoins its group. Try again at a quieter time.</source>
        <comment>@info</comment>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Das Zielsystem hat den Master nicht innerhalb von %1 Sekunden eingeholt. Die Migration wird rückgängig gemacht; das Quellsystem kehrt in seine Gruppe zurück. Versuchen Sie es zu einer ruhigeren Zeit erneut.</translation>
    </message>
    <message>
        <source>The target replicates from the master %1 and has applied all of its changes</source>
        <comment>@info check</comment>
        <extracomment>%1 is the master&apos;s address</extracomment>
        <translation>Das Zielsystem repliziert vom Master %1 und hat alle seine Änderungen übernommen</translation>
    </message>
    <message>
        <source>Pointing the master&apos;s replication at the target …</source>
        <comment>@info progress</comment>
        <translation>Die Replikation des Masters wird auf das Zielsystem umgestellt …</translation>
    </message>
    <message>
        <source>The master %1 now replicates from %2 instead of the source.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 the target&apos;s</extracomment>
        <translation>Der Master %1 repliziert jetzt von %2 statt vom Quellsystem.</translation>
    </message>
    <message>
        <source>The target no longer replicates from the master, and its login on the master is removed.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem repliziert nicht mehr vom Master, und seine Anmeldung auf dem Master ist entfernt.</translation>
    </message>
    <message>
        <source>%1 does not hand out its database certificate, so the replication link to it is not verified.</source>
        <comment>@info</comment>
        <extracomment>%1 is an appliance&apos;s address</extracomment>
        <translation>%1 gibt sein Datenbankzertifikat nicht heraus, daher wird die Replikationsverbindung dorthin nicht überprüft.</translation>
    </message>
    <message>
        <source>The target refused the database certificate of the master %1: it does not match what the master&apos;s management service reported, or it does not name the address %1 (%2). Give the master&apos;s database a certificate for this address, then try again. The migration is backed out; the source rejoins its group.</source>
        <comment>@info</comment>
        <extracomment>%1 is the master&apos;s address, %2 MariaDB&apos;s own error text</extracomment>
        <translation>Das Zielsystem hat das Datenbankzertifikat des Masters %1 abgelehnt: Es passt nicht zu dem, was der Verwaltungsdienst des Masters gemeldet hat, oder es nennt nicht die Adresse %1 (%2). Stellen Sie für die Datenbank des Masters ein Zertifikat für diese Adresse aus und versuchen Sie es dann erneut. Die Migration wird zurückgenommen; das Quellsystem kehrt in seine Gruppe zurück.</translation>
    </message>
</context>
<context>
    <name>cutover::HaVerifyOperation</name>
    <message>
        <source>%1 is checked: settings and license must match what was migrated, and it must replicate from the master without an error and hold all of its changes, before the run reports success.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>%1 wird geprüft: Einstellungen und Lizenz müssen dem Migrierten entsprechen, und es muss fehlerfrei vom Master replizieren und alle seine Änderungen enthalten, bevor der Lauf Erfolg meldet.</translation>
    </message>
    <message>
        <source>License active on the target</source>
        <comment>@info check</comment>
        <translation>Lizenz auf dem Zielsystem aktiv</translation>
    </message>
    <message>
        <source>License invalidated on the source</source>
        <comment>@info check</comment>
        <translation>Lizenz auf dem Quellsystem ungültig gemacht</translation>
    </message>
    <message>
        <source>Checking the target&apos;s replication from the master …</source>
        <comment>@info progress</comment>
        <translation>Die Replikation des Zielsystems vom Master wird geprüft …</translation>
    </message>
    <message>
        <source>The target replicates from the master %1 without an error</source>
        <comment>@info check</comment>
        <extracomment>%1 is the master&apos;s address</extracomment>
        <translation>Das Zielsystem repliziert fehlerfrei vom Master %1</translation>
    </message>
    <message>
        <source>The target holds the master&apos;s changes up to %1</source>
        <comment>@info check</comment>
        <extracomment>%1 is a GTID position</extracomment>
        <translation>Das Zielsystem enthält die Änderungen des Masters bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed on the target; the report lists them.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n Prüfung ist auf dem Zielsystem fehlgeschlagen; der Bericht führt sie auf.</numerusform>
            <numerusform>%n Prüfungen sind auf dem Zielsystem fehlgeschlagen; der Bericht führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target&apos;s replication verifies the master&apos;s database certificate</source>
        <comment>@info check</comment>
        <translation>Die Replikation des Zielsystems überprüft das Datenbankzertifikat des Masters</translation>
    </message>
    <message>
        <source>The target&apos;s replication from the master is encrypted but does not verify the master&apos;s database certificate.</source>
        <comment>@info</comment>
        <translation>Die Replikation des Zielsystems vom Master ist verschlüsselt, überprüft aber das Datenbankzertifikat des Masters nicht.</translation>
    </message>
</context>
<context>
    <name>cutover::Journal</name>
    <message>
        <source>The migration journal %1 cannot be read.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Das Migrationsjournal %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The migration journal %1 is damaged and cannot be used. Check both appliances by hand; move the file away to start a new migration.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Das Migrationsjournal %1 ist beschädigt und kann nicht verwendet werden. Prüfen Sie beide Appliances von Hand; verschieben Sie die Datei, um eine neue Migration zu starten.</translation>
    </message>
    <message>
        <source>The migration journal %1 was written by another version of Cutover.</source>
        <comment>@info</comment>
        <translation>Das Migrationsjournal %1 wurde von einer anderen Cutover-Version geschrieben.</translation>
    </message>
    <message>
        <source>The migration journal %1 cannot be written.</source>
        <comment>@info</comment>
        <translation>Das Migrationsjournal %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The migration journal %1 cannot be moved aside.</source>
        <comment>@info</comment>
        <translation>Das Migrationsjournal %1 kann nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>cutover::LicenseOperation</name>
    <message>
        <source>License %1 moves from %2 to %3: the target imports it, then the source&apos;s copy is invalidated.</source>
        <comment>@info</comment>
        <extracomment>%1 is a license GUID, %2 and %3 name the appliances</extracomment>
        <translation>Die Lizenz %1 wird von %2 auf %3 übertragen: Das Zielsystem importiert sie, danach wird die Kopie auf dem Quellsystem ungültig gemacht.</translation>
    </message>
    <message>
        <source>The source&apos;s license is not active and the target has none, so there is nothing to move. Contact the vendor with the license GUID.</source>
        <comment>@info</comment>
        <translation>Die Lizenz des Quellsystems ist nicht aktiv, und das Zielsystem hat keine; es gibt also nichts zu übertragen. Wenden Sie sich mit der Lizenz-GUID an den Hersteller.</translation>
    </message>
    <message>
        <source>The target already has another active license; the source&apos;s license was not moved.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem hat bereits eine andere aktive Lizenz; die Lizenz des Quellsystems wurde nicht übertragen.</translation>
    </message>
    <message>
        <source>Exporting the license from the source …</source>
        <comment>@info progress</comment>
        <translation>Die Lizenz wird vom Quellsystem exportiert …</translation>
    </message>
    <message>
        <source>Importing the license on the target …</source>
        <comment>@info progress</comment>
        <translation>Die Lizenz wird auf dem Zielsystem importiert …</translation>
    </message>
    <message>
        <source>Invalidating the license on the source …</source>
        <comment>@info progress</comment>
        <translation>Die Lizenz wird auf dem Quellsystem ungültig gemacht …</translation>
    </message>
    <message>
        <source>License GUID</source>
        <comment>@label receipt</comment>
        <translation>Lizenz-GUID</translation>
    </message>
    <message>
        <source>From</source>
        <comment>@label receipt</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>@label receipt</comment>
        <translation>Nach</translation>
    </message>
    <message>
        <source>When</source>
        <comment>@label receipt</comment>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>The license now belongs to the target; the source&apos;s copy is invalidated.</source>
        <comment>@info</comment>
        <translation>Die Lizenz gehört jetzt dem Zielsystem; die Kopie auf dem Quellsystem ist ungültig.</translation>
    </message>
    <message>
        <source>The source has no active maintenance contract, so its license was not moved. Renew the contract with your dealer, then resume.</source>
        <comment>@info</comment>
        <extracomment>%1 is a date</extracomment>
        <translation>Das Quellsystem hat keinen aktiven Wartungsvertrag, daher wurde seine Lizenz nicht übertragen. Verlängern Sie den Vertrag bei Ihrem Händler und setzen Sie die Migration dann fort.</translation>
    </message>
    <message>
        <source>The source&apos;s maintenance contract ended on %1, so its license was not moved. Renew the contract with your dealer, then resume.</source>
        <comment>@info</comment>
        <translation>Der Wartungsvertrag des Quellsystems ist am %1 abgelaufen, daher wurde seine Lizenz nicht übertragen. Verlängern Sie den Vertrag bei Ihrem Händler und setzen Sie die Migration dann fort.</translation>
    </message>
</context>
<context>
    <name>cutover::MaintenanceOperation</name>
    <message>
        <source>%1 stops accepting changes: its database becomes read-only and its application API pauses. A backout turns maintenance off again.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>%1 nimmt keine Änderungen mehr an: Die Datenbank wird schreibgeschützt, und die Anwendungs-API pausiert. Eine Rücknahme schaltet den Wartungsmodus wieder aus.</translation>
    </message>
    <message>
        <source>Turning maintenance on …</source>
        <comment>@info progress</comment>
        <translation>Wartungsmodus wird eingeschaltet …</translation>
    </message>
    <message>
        <source>The source accepted the maintenance request but is not in maintenance.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem hat die Anforderung des Wartungsmodus angenommen, befindet sich aber nicht im Wartungsmodus.</translation>
    </message>
    <message>
        <source>The source is in maintenance.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem ist im Wartungsmodus.</translation>
    </message>
    <message>
        <source>The source left maintenance and accepts changes again.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem hat den Wartungsmodus verlassen und nimmt wieder Änderungen an.</translation>
    </message>
</context>
<context>
    <name>cutover::MigrationPlan</name>
    <message>
        <source>unknown source role</source>
        <comment>@info</comment>
        <translation>unbekannte Rolle des Quellsystems</translation>
    </message>
    <message>
        <source>unknown operation “%1”</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation id from the journal.</extracomment>
        <translation>unbekannter Schritt „%1“</translation>
    </message>
    <message>
        <source>invalid point of no return</source>
        <comment>@info</comment>
        <translation>ungültiger Punkt ohne Wiederkehr</translation>
    </message>
</context>
<context>
    <name>cutover::MigrationSession</name>
    <message>
        <source>Enter the address of the source appliance.</source>
        <comment>@info</comment>
        <translation>Geben Sie die Adresse der Quell-Appliance ein.</translation>
    </message>
    <message>
        <source>Enter the admin password of both appliances.</source>
        <comment>@info</comment>
        <translation>Geben Sie das Admin-Passwort beider Appliances ein.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same appliance (same machine id). Enter the address of the old appliance as the source and of the new one as the target.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 are addresses</extracomment>
        <translation>%1 und %2 sind dieselbe Appliance (gleiche Maschinen-ID). Geben Sie die Adresse der alten Appliance als Quellsystem und die der neuen als Zielsystem an.</translation>
    </message>
    <message>
        <source>A migration is already running.</source>
        <comment>@info</comment>
        <translation>Es läuft bereits eine Migration.</translation>
    </message>
    <message>
        <source>An interrupted migration is in the journal. Resume it or back it out before starting a new one.</source>
        <comment>@info</comment>
        <translation>Im Journal steht eine unterbrochene Migration. Setzen Sie sie fort oder nehmen Sie sie zurück, bevor Sie eine neue starten.</translation>
    </message>
    <message>
        <source>There is no interrupted migration to continue.</source>
        <comment>@info</comment>
        <translation>Es gibt keine unterbrochene Migration, die fortgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>The migration in the journal already succeeded.</source>
        <comment>@info</comment>
        <translation>Die Migration im Journal war bereits erfolgreich.</translation>
    </message>
    <message>
        <source>The migration in the journal was backed out; start a new one.</source>
        <comment>@info</comment>
        <translation>Die Migration im Journal wurde zurückgenommen; starten Sie eine neue.</translation>
    </message>
    <message>
        <source>There is no interrupted migration to back out.</source>
        <comment>@info</comment>
        <translation>Es gibt keine unterbrochene Migration, die zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <source>Cutover chooses between the physical and the logical copy once it is connected to both appliances.</source>
        <comment>@info copy path</comment>
        <translation>Cutover wählt zwischen physischer und logischer Kopie, sobald es mit beiden Appliances verbunden ist.</translation>
    </message>
</context>
<context>
    <name>cutover::MigrationWizard</name>
    <message>
        <source>The migration is past the point of no return.</source>
        <comment>@info</comment>
        <translation>Die Migration hat den Punkt ohne Wiederkehr überschritten.</translation>
    </message>
    <message>
        <source>If you close Cutover now, the step that is running is stopped and the run is kept in the journal. The source is not yet serving again: start Cutover again and choose Resume to finish it.</source>
        <comment>@info</comment>
        <translation>Wenn Sie Cutover jetzt schließen, wird der laufende Schritt angehalten und der Lauf im Journal gespeichert. Das Quellsystem ist noch nicht wieder in Betrieb: Starten Sie Cutover erneut und wählen Sie „Fortsetzen“, um die Migration abzuschließen.</translation>
    </message>
    <message>
        <source>&amp;Stop and Close</source>
        <comment>@action:button</comment>
        <translation>&amp;Anhalten und schließen</translation>
    </message>
    <message>
        <source>Stop the migration?</source>
        <comment>@info</comment>
        <translation>Migration anhalten?</translation>
    </message>
    <message>
        <source>Every change made so far is undone, newest first: the source leaves maintenance and serves exactly as before. The target keeps a partial copy that the next migration overwrites.</source>
        <comment>@info</comment>
        <translation>Jede bisherige Änderung wird rückgängig gemacht, die jüngste zuerst: Das Quellsystem verlässt den Wartungsmodus und arbeitet genau wie zuvor. Das Zielsystem behält eine unvollständige Kopie, die bei der nächsten Migration überschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Stop, Back Out and Close</source>
        <comment>@action:button</comment>
        <translation>&amp;Anhalten, zurücknehmen und schließen</translation>
    </message>
    <message>
        <source>&amp;Stop and Back Out</source>
        <comment>@action:button</comment>
        <translation>&amp;Anhalten und zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <comment>@action:button</comment>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Stops the migration and undoes every change made so far; the source serves as before.</source>
        <comment>@info:tooltip</comment>
        <translation>Hält die Migration an und macht jede bisherige Änderung rückgängig; das Quellsystem arbeitet wie zuvor.</translation>
    </message>
    <message>
        <source>Closes the wizard. Nothing has been changed on either system.</source>
        <comment>@info:tooltip</comment>
        <translation>Schließt den Assistenten. Auf keinem der beiden Systeme wurde etwas geändert.</translation>
    </message>
    <message>
        <source>Cutover — Migrate an Appliance</source>
        <comment>@title:window</comment>
        <translation>Cutover — Appliance migrieren</translation>
    </message>
    <message>
        <source>Show the &amp;Result &gt;</source>
        <comment>@action:button</comment>
        <translation>&amp;Ergebnis anzeigen &gt;</translation>
    </message>
    <message>
        <source>About C&amp;utover</source>
        <comment>@action:button</comment>
        <translation>Über C&amp;utover</translation>
    </message>
</context>
<context>
    <name>cutover::Operation</name>
    <message>
        <source>Copy the system settings</source>
        <comment>@title operation</comment>
        <translation>Systemeinstellungen kopieren</translation>
    </message>
    <message>
        <source>Copy the data while the source keeps serving</source>
        <comment>@title operation</comment>
        <translation>Daten kopieren, während das Quellsystem in Betrieb bleibt</translation>
    </message>
    <message>
        <source>Remove the source&apos;s round-robin hosts from the master</source>
        <comment>@title operation</comment>
        <translation>Round-Robin-Hosts des Quellsystems vom Master entfernen</translation>
    </message>
    <message>
        <source>Put the source into maintenance</source>
        <comment>@title operation</comment>
        <translation>Quellsystem in den Wartungsmodus versetzen</translation>
    </message>
    <message>
        <source>Deactivate the source&apos;s replica</source>
        <comment>@title operation</comment>
        <translation>Replikat des Quellsystems deaktivieren</translation>
    </message>
    <message>
        <source>Copy the data</source>
        <comment>@title operation</comment>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <source>Catch up with the last changes on the source</source>
        <comment>@title operation</comment>
        <translation>Letzte Änderungen des Quellsystems abgleichen</translation>
    </message>
    <message>
        <source>Modify the source configuration</source>
        <comment>@title operation</comment>
        <translation>Konfiguration des Quellsystems ändern</translation>
    </message>
    <message>
        <source>Migrate the license</source>
        <comment>@title operation</comment>
        <translation>Lizenz migrieren</translation>
    </message>
    <message>
        <source>Reboot both systems</source>
        <comment>@title operation</comment>
        <translation>Beide Systeme neu starten</translation>
    </message>
    <message>
        <source>Copy the data and activate the replica</source>
        <comment>@title operation</comment>
        <translation>Daten kopieren und Replikat aktivieren</translation>
    </message>
    <message>
        <source>Update the certificates</source>
        <comment>@title operation</comment>
        <translation>Zertifikate aktualisieren</translation>
    </message>
    <message>
        <source>Restart the services</source>
        <comment>@title operation</comment>
        <translation>Dienste neu starten</translation>
    </message>
    <message>
        <source>Copy the user traffic logs</source>
        <comment>@title operation</comment>
        <translation>Benutzer-Datenverkehrsprotokolle kopieren</translation>
    </message>
    <message>
        <source>Final operations</source>
        <comment>@title operation</comment>
        <translation>Abschließende Schritte</translation>
    </message>
    <message>
        <source>Verify the target</source>
        <comment>@title operation</comment>
        <translation>Zielsystem verifizieren</translation>
    </message>
    <message>
        <source>Copy the database files</source>
        <comment>@title operation</comment>
        <translation>Die Datenbankdateien kopieren</translation>
    </message>
</context>
<context>
    <name>cutover::OperationRow</name>
    <message>
        <source>Progress of %1</source>
        <comment>@info:accessible</comment>
        <extracomment>%1: operation title</extracomment>
        <translation>Fortschritt von %1</translation>
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
        <translation>stockt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>@info ETA</comment>
        <extracomment>%1: time left, e.g. &quot;3 min 20 s&quot;</extracomment>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <comment>@info</comment>
        <extracomment>%1: how long the operation took</extracomment>
        <translation>fertig in %1</translation>
    </message>
</context>
<context>
    <name>cutover::OperationState</name>
    <message>
        <source>Pending</source>
        <comment>@info operation state</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>@info operation state</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@info operation state</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>@info operation state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>@info operation state</comment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <comment>@info operation state</comment>
        <translation>Zurückgenommen</translation>
    </message>
</context>
<context>
    <name>cutover::OptionsPage</name>
    <message>
        <source>Exchanges the System Settings of the two systems, including network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and backup FTP, and reboots both. When off, only the basic settings are copied and the host-specific ones stay as they are here.</source>
        <comment>@info</comment>
        <translation>Tauscht die Systemeinstellungen der beiden Systeme, einschließlich Netzwerk, DNS, Webserver, Round-Robin-Host, Load-Balancing-Domäne, Remote-Datenaustausch und FTP-Sicherung, und startet beide neu. Ist die Option deaktiviert, werden nur die Grundeinstellungen kopiert, und die hostspezifischen Einstellungen bleiben auf diesem System unverändert.</translation>
    </message>
    <message>
        <source>Moves the license here and invalidates it on the source, with a receipt. Possible because this system has no license and the source&apos;s maintenance contract is active.</source>
        <comment>@info</comment>
        <translation>Überträgt die Lizenz auf dieses System und macht sie auf dem Quellsystem ungültig; Sie erhalten einen Beleg. Möglich, weil dieses System keine Lizenz hat und der Wartungsvertrag des Quellsystems aktiv ist.</translation>
    </message>
    <message>
        <source>Copy User &amp;Traffic Logs (%1)</source>
        <comment>@option:check</comment>
        <extracomment>%1: size of the traffic logs</extracomment>
        <translation>Benutzer-&amp;Datenverkehrsprotokolle kopieren (%1)</translation>
    </message>
    <message>
        <source>Copies the files with the users&apos; traffic logs over SSH (port 22).</source>
        <comment>@info</comment>
        <translation>Kopiert die Dateien mit den Datenverkehrsprotokollen der Benutzer über SSH (Port 22).</translation>
    </message>
    <message>
        <source>Copies and verifies everything onto this system but changes nothing on the source: no maintenance, no license move, no reboot. Test the new system, then run the real migration later.</source>
        <comment>@info</comment>
        <translation>Kopiert und verifiziert alles auf dieses System, ändert aber nichts am Quellsystem: kein Wartungsmodus, keine Lizenzübertragung, kein Neustart. Testen Sie das neue System und führen Sie die eigentliche Migration später aus.</translation>
    </message>
    <message>
        <source>Low downtime copies the data while the source still serves and stops it only for a short catch-up.</source>
        <comment>@info</comment>
        <translation>Bei geringer Ausfallzeit werden die Daten kopiert, während das Quellsystem noch in Betrieb ist; es wird nur für einen kurzen Abgleich angehalten.</translation>
    </message>
    <message>
        <source>Options</source>
        <comment>@title:window wizard step</comment>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Choose what the migration does. Nothing changes before you confirm on the next page.</source>
        <comment>@info</comment>
        <translation>Wählen Sie, was die Migration ausführen soll. Bevor Sie auf der nächsten Seite bestätigen, wird nichts geändert.</translation>
    </message>
    <message>
        <source>&amp;Swap Configuration</source>
        <comment>@option:check</comment>
        <translation>Konfiguration &amp;tauschen</translation>
    </message>
    <message>
        <source>Migrate &amp;License</source>
        <comment>@option:check</comment>
        <translation>&amp;Lizenz migrieren</translation>
    </message>
    <message>
        <source>&amp;Rehearsal (test the target first)</source>
        <comment>@option:check</comment>
        <translation>&amp;Probelauf (zuerst das Zielsystem testen)</translation>
    </message>
    <message>
        <source>How the data moves</source>
        <comment>@title:group</comment>
        <translation>Datenübertragung</translation>
    </message>
    <message>
        <source>&amp;Offline: the source is in maintenance for the whole copy</source>
        <comment>@option:radio</comment>
        <translation>&amp;Offline: Das Quellsystem ist während des gesamten Kopiervorgangs im Wartungsmodus</translation>
    </message>
    <message>
        <source>Low &amp;downtime: copy first, then a short catch-up</source>
        <comment>@option:radio</comment>
        <translation>&amp;Geringe Ausfallzeit: erst kopieren, dann kurzer Abgleich</translation>
    </message>
    <message>
        <source>Not available. %1</source>
        <comment>@info</comment>
        <extracomment>%1: why the option cannot be chosen, a whole sentence</extracomment>
        <translation>Nicht verfügbar. %1</translation>
    </message>
    <message>
        <source>A rehearsal changes nothing on the source.</source>
        <comment>@info</comment>
        <translation>Ein Probelauf ändert nichts am Quellsystem.</translation>
    </message>
    <message>
        <source>This version of Cutover cannot copy traffic logs yet; copy them by hand afterwards.</source>
        <comment>@info</comment>
        <translation>Diese Cutover-Version kann Datenverkehrsprotokolle noch nicht kopieren; kopieren Sie sie anschließend von Hand.</translation>
    </message>
    <message>
        <source>A high-availability source already moves its data through replication.</source>
        <comment>@info</comment>
        <translation>Ein Quellsystem mit Hochverfügbarkeit überträgt seine Daten bereits per Replikation.</translation>
    </message>
    <message>
        <source>This version of Cutover offers only the offline mode.</source>
        <comment>@info</comment>
        <translation>Diese Cutover-Version bietet nur den Offline-Modus.</translation>
    </message>
    <message>
        <source>Low downtime is not available. %1</source>
        <comment>@info</comment>
        <translation>Geringe Ausfallzeit ist nicht verfügbar. %1</translation>
    </message>
    <message>
        <source>Streams the source&apos;s database files to this system with mariadb-backup, far faster than copying table by table. Used only when both systems run MariaDB of the same version (here %1 and %2); otherwise the data is copied table by table. The next page says which copy the migration takes.</source>
        <comment>@info</comment>
        <extracomment>%1: source database (e.g. &quot;MariaDB 10.11.6&quot;), %2: target database</extracomment>
        <translation>Überträgt die Datenbankdateien des Quellsystems mit mariadb-backup auf dieses System, weit schneller als eine Kopie Tabelle für Tabelle. Nur möglich, wenn auf beiden Systemen MariaDB in derselben Version läuft (hier %1 und %2); sonst werden die Daten Tabelle für Tabelle kopiert. Die nächste Seite zeigt, welche Kopie die Migration verwendet.</translation>
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
        <translation>Daten&amp;bankdateien direkt kopieren, wenn auf beiden Systemen dieselbe MariaDB-Version läuft (am schnellsten)</translation>
    </message>
</context>
<context>
    <name>cutover::PasswordReader</name>
    <message>
        <source>Cannot read the password file %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No password: there is no terminal to ask on. Set %1 or use the password-file option.</source>
        <comment>@info</comment>
        <extracomment>%1 is an environment variable name</extracomment>
        <translation>Kein Passwort: Es gibt kein Terminal für die Abfrage. Setzen Sie %1 oder verwenden Sie die Option für die Passwortdatei.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <comment>@info answers meaning yes</comment>
        <extracomment>Accepted answers to a yes/no question, separated by |</extracomment>
        <translation>j|ja|y|yes</translation>
    </message>
</context>
<context>
    <name>cutover::PasswordStore</name>
    <message>
        <source>The password is stored in the system keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain holds no password for this appliance.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Passwort für diese Appliance.</translation>
    </message>
    <message>
        <source>No system keychain answered, so the password will not be remembered. Cutover never stores passwords anywhere else.</source>
        <translation>Kein Schlüsselbund des Systems hat geantwortet, daher wird das Passwort nicht gespeichert. Cutover speichert Passwörter niemals an anderer Stelle.</translation>
    </message>
    <message>
        <source>The system keychain reported an error, so the password will not be remembered.</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet, daher wird das Passwort nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>cutover::PhysicalCopyOperation</name>
    <message>
        <source>The database files of %2 (about %1 of data) are streamed to %3 while the source keeps serving, prepared there and swapped in for the target&apos;s databases, whose previous data is kept until the verification passes. Then the target replicates the changes made since the backup until it is level with the source. The source is only read.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>Die Datenbankdateien von %2 (etwa %1 Daten) werden zu %3 übertragen, während das Quellsystem weiter bedient, dort vorbereitet und anstelle der Datenbanken des Zielsystems eingesetzt; dessen bisherige Daten bleiben erhalten, bis die Überprüfung bestanden ist. Danach repliziert das Zielsystem die seit der Sicherung vorgenommenen Änderungen, bis es mit dem Quellsystem gleichauf ist. Das Quellsystem wird nur gelesen.</translation>
    </message>
    <message>
        <source>The database files of %2 (about %1 of data) are streamed to %3, prepared there and swapped in for the target&apos;s databases, whose previous data is kept until the verification passes. The source is only read.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size, %2 and %3 name the appliances</extracomment>
        <translation>Die Datenbankdateien von %2 (etwa %1 Daten) werden zu %3 übertragen, dort vorbereitet und anstelle der Datenbanken des Zielsystems eingesetzt; dessen bisherige Daten bleiben erhalten, bis die Überprüfung bestanden ist. Das Quellsystem wird nur gelesen.</translation>
    </message>
    <message>
        <source>The target still replicates from the source; waiting for it to catch up.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem repliziert weiterhin vom Quellsystem; es wird gewartet, bis es aufgeholt hat.</translation>
    </message>
    <message>
        <source>The earlier copy cannot be continued; the target&apos;s previous data is put back and the copy starts again.</source>
        <comment>@info</comment>
        <translation>Die frühere Kopie kann nicht fortgesetzt werden; die bisherigen Daten des Zielsystems werden zurückgesetzt und die Kopie beginnt erneut.</translation>
    </message>
    <message>
        <source>Following the target&apos;s restore job of the interrupted run.</source>
        <comment>@info</comment>
        <translation>Der Wiederherstellungsauftrag des unterbrochenen Laufs auf dem Zielsystem wird weiterverfolgt.</translation>
    </message>
    <message>
        <source>Comparing the databases of both appliances …</source>
        <comment>@info progress</comment>
        <translation>Die Datenbanken beider Appliances werden verglichen …</translation>
    </message>
    <message>
        <source>Cutover could not list the databases of both appliances. Nothing was changed; try again.</source>
        <comment>@info</comment>
        <translation>Cutover konnte die Datenbanken beider Appliances nicht auflisten. Es wurde nichts geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The target holds databases the source does not have (%1), which the physical copy would remove. Nothing was changed; run the migration again with the logical copy (--logical-copy, or turn the physical copy off on the Options page).</source>
        <comment>@info</comment>
        <extracomment>%1 is a list of database names</extracomment>
        <translation>Das Zielsystem enthält Datenbanken, die das Quellsystem nicht hat (%1); die physische Kopie würde sie entfernen. Es wurde nichts geändert; starten Sie die Migration erneut mit der logischen Kopie (--logical-copy oder die physische Kopie auf der Seite „Optionen“ ausschalten).</translation>
    </message>
    <message>
        <source>Asking the source for a backup …</source>
        <comment>@info progress</comment>
        <translation>Das Quellsystem wird um eine Sicherung gebeten …</translation>
    </message>
    <message>
        <source>The source runs MariaDB %1 and the target MariaDB %2, so their database files cannot be copied. Nothing was changed; run the migration again with the logical copy (--logical-copy).</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 are MariaDB major versions</extracomment>
        <translation>Auf dem Quellsystem läuft MariaDB %1 und auf dem Zielsystem MariaDB %2, daher können die Datenbankdateien nicht kopiert werden. Es wurde nichts geändert; starten Sie die Migration erneut mit der logischen Kopie (--logical-copy).</translation>
    </message>
    <message>
        <source>The source&apos;s backup will stream about %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size</extracomment>
        <translation>Die Sicherung des Quellsystems überträgt etwa %1.</translation>
    </message>
    <message>
        <source>Starting the restore on the target …</source>
        <comment>@info progress</comment>
        <translation>Die Wiederherstellung auf dem Zielsystem wird gestartet …</translation>
    </message>
    <message>
        <source>The target&apos;s restore job was replaced by another one. The migration backs out; start it again.</source>
        <comment>@info</comment>
        <translation>Der Wiederherstellungsauftrag auf dem Zielsystem wurde durch einen anderen ersetzt. Die Migration wird zurückgenommen; starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Bytes streamed</source>
        <comment>@label</comment>
        <translation>Übertragene Bytes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>@label</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Throughput</source>
        <comment>@label</comment>
        <translation>Durchsatz</translation>
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
        <translation>Die Sicherung wurde an der Binärlog-Position %1 des Quellsystems erstellt.</translation>
    </message>
    <message>
        <source>Backup position</source>
        <comment>@label</comment>
        <translation>Position der Sicherung</translation>
    </message>
    <message>
        <source>The source&apos;s database files run on the target; its previous data is kept until the verification passes.</source>
        <comment>@info</comment>
        <translation>Die Datenbankdateien des Quellsystems laufen auf dem Zielsystem; dessen bisherige Daten bleiben erhalten, bis die Überprüfung bestanden ist.</translation>
    </message>
    <message numerus="yes">
        <source>The copy of the database files made no progress for %n minute(s). The migration backs out: the target keeps its previous data and the source was not changed. Check the network between the appliances and try again.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Die Kopie der Datenbankdateien kam %n Minute lang nicht voran. Die Migration wird zurückgenommen: Das Zielsystem behält seine bisherigen Daten, und das Quellsystem wurde nicht verändert. Prüfen Sie das Netzwerk zwischen den Appliances und versuchen Sie es erneut.</numerusform>
            <numerusform>Die Kopie der Datenbankdateien kam %n Minuten lang nicht voran. Die Migration wird zurückgenommen: Das Zielsystem behält seine bisherigen Daten, und das Quellsystem wurde nicht verändert. Prüfen Sie das Netzwerk zwischen den Appliances und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Streaming the database files: %1 of %2 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 and %2 are data sizes</extracomment>
        <translation>Die Datenbankdateien werden übertragen: %1 von %2 …</translation>
    </message>
    <message>
        <source>Preparing the database files on the target …</source>
        <comment>@info progress</comment>
        <translation>Die Datenbankdateien werden auf dem Zielsystem vorbereitet …</translation>
    </message>
    <message>
        <source>Swapping the new database files in and starting the target&apos;s database …</source>
        <comment>@info progress</comment>
        <translation>Die neuen Datenbankdateien werden eingesetzt und die Datenbank des Zielsystems wird gestartet …</translation>
    </message>
    <message>
        <source>The target runs the copied database files.</source>
        <comment>@info progress</comment>
        <translation>Das Zielsystem läuft mit den kopierten Datenbankdateien.</translation>
    </message>
    <message>
        <source>The stream of the database files from the source was interrupted. The migration backs out: the target keeps its previous data and the source was not changed. Try again.</source>
        <comment>@info</comment>
        <translation>Die Übertragung der Datenbankdateien vom Quellsystem wurde unterbrochen. Die Migration wird zurückgenommen: Das Zielsystem behält seine bisherigen Daten, und das Quellsystem wurde nicht verändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The target reached an appliance with another certificate than the source&apos;s, so it sent nothing and stopped. Check that the target reaches the source at its address; nothing was changed.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem hat eine Appliance mit einem anderen Zertifikat als dem des Quellsystems erreicht, daher hat es nichts gesendet und abgebrochen. Prüfen Sie, ob das Zielsystem das Quellsystem unter dessen Adresse erreicht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The target&apos;s database did not start on the copied files, so the target put its previous data back. The migration backs out; the source was not changed. The report has the details.</source>
        <comment>@info</comment>
        <translation>Die Datenbank des Zielsystems ist mit den kopierten Dateien nicht gestartet, daher hat das Zielsystem seine bisherigen Daten zurückgesetzt. Die Migration wird zurückgenommen; das Quellsystem wurde nicht verändert. Einzelheiten stehen im Bericht.</translation>
    </message>
    <message>
        <source>The copy of the database files failed on the target: %1 The migration backs out: the target keeps its previous data and the source was not changed.</source>
        <comment>@info</comment>
        <extracomment>%1 is the target&apos;s own error message</extracomment>
        <translation>Die Kopie der Datenbankdateien ist auf dem Zielsystem fehlgeschlagen: %1 Die Migration wird zurückgenommen: Das Zielsystem behält seine bisherigen Daten, und das Quellsystem wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The backup did not record a binary-log position (the source&apos;s binary log is off), so the target cannot replicate from it. The migration backs out; choose the offline mode.</source>
        <comment>@info</comment>
        <translation>Die Sicherung hat keine Binärlog-Position aufgezeichnet (das Binärlog des Quellsystems ist ausgeschaltet), daher kann das Zielsystem nicht von ihm replizieren. Die Migration wird zurückgenommen; wählen Sie den Offline-Modus.</translation>
    </message>
    <message>
        <source>Starting the replication to the target …</source>
        <comment>@info progress</comment>
        <translation>Die Replikation zum Zielsystem wird gestartet …</translation>
    </message>
    <message>
        <source>The target could not start replicating from %1. Check that the target reaches the source&apos;s database port (3306); the source keeps serving. Try again, or choose the offline mode.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>Das Zielsystem konnte die Replikation von %1 nicht starten. Prüfen Sie, ob das Zielsystem den Datenbankport des Quellsystems (3306) erreicht; das Quellsystem bedient weiter. Versuchen Sie es erneut, oder wählen Sie den Offline-Modus.</translation>
    </message>
    <message>
        <source>The target replicates from the source from the backup&apos;s position %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a binary-log position</extracomment>
        <translation>Das Zielsystem repliziert vom Quellsystem ab der Position %1 der Sicherung.</translation>
    </message>
    <message>
        <source>Putting the target&apos;s previous data back …</source>
        <comment>@info progress</comment>
        <translation>Die bisherigen Daten des Zielsystems werden zurückgesetzt …</translation>
    </message>
    <message>
        <source>The target&apos;s previous data was already deleted after the verification; it cannot be put back.</source>
        <comment>@info</comment>
        <translation>Die bisherigen Daten des Zielsystems wurden nach der Überprüfung bereits gelöscht; sie können nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>The target could not put its previous data back. Try the backout again.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem konnte seine bisherigen Daten nicht zurücksetzen. Versuchen Sie die Rücknahme erneut.</translation>
    </message>
    <message>
        <source>The target runs its previous data again.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem läuft wieder mit seinen bisherigen Daten.</translation>
    </message>
    <message>
        <source>The target runs its previous data again and no longer replicates from the source.</source>
        <comment>@info</comment>
        <translation>Das Zielsystem läuft wieder mit seinen bisherigen Daten und repliziert nicht mehr vom Quellsystem.</translation>
    </message>
    <message>
        <source>The target&apos;s disk has no room for the copied database files: they need about %1 of free space next to the target&apos;s current data. Free that much on the target&apos;s data disk (for example old backups or exported traffic logs) and start the migration again. The target keeps its previous data and the source was not changed.</source>
        <comment>@info</comment>
        <extracomment>%1 is a data size such as &quot;2.4 GB&quot;</extracomment>
        <translation>Auf dem Datenträger des Zielsystems ist kein Platz für die kopierten Datenbankdateien: Sie benötigen neben den aktuellen Daten des Zielsystems etwa %1 freien Speicherplatz. Geben Sie so viel Platz auf dem Datenträger des Zielsystems frei (zum Beispiel alte Sicherungen oder exportierte Datenverkehrsprotokolle) und starten Sie die Migration erneut. Das Zielsystem behält seine bisherigen Daten, und das Quellsystem wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>cutover::PortProbe</name>
    <message>
        <source>web server (HTTP)</source>
        <translation>Webserver (HTTP)</translation>
    </message>
    <message>
        <source>appliance API (HTTPS)</source>
        <translation>Appliance-API (HTTPS)</translation>
    </message>
    <message>
        <source>database (MariaDB/MySQL)</source>
        <translation>Datenbank (MariaDB/MySQL)</translation>
    </message>
    <message>
        <source>SSH (traffic logs)</source>
        <translation>SSH (Datenverkehrsprotokolle)</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Port %1, %2, on the target %3</source>
        <extracomment>%1: port number, %2: service, %3: host</extracomment>
        <translation>Port %1, %2, auf dem Zielsystem %3</translation>
    </message>
    <message>
        <source>Port %1, %2, on the source %3</source>
        <translation>Port %1, %2, auf dem Quellsystem %3</translation>
    </message>
    <message>
        <source>Open; the database server answered (version %1).</source>
        <translation>Offen; der Datenbankserver hat geantwortet (Version %1).</translation>
    </message>
    <message>
        <source>Open; the SSH server answered (%1).</source>
        <translation>Offen; der SSH-Server hat geantwortet (%1).</translation>
    </message>
    <message>
        <source>Open; the TLS handshake completed.</source>
        <translation>Offen; der TLS-Handshake wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>Open; the web server answered (%1).</source>
        <translation>Offen; der Webserver hat geantwortet (%1).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt: Dort lauscht kein Dienst, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2 in time: a firewall drops the traffic, or the system is off.</source>
        <translation>Keine rechtzeitige Antwort von %1 auf Port %2: Eine Firewall verwirft den Datenverkehr, oder das System ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2).</source>
        <translation>%1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Check that %1 is the appliance and that its services run, and open port %2 on any firewall between the two systems.</source>
        <translation>Prüfen Sie, ob %1 die Appliance ist und ihre Dienste laufen, und öffnen Sie Port %2 in allen Firewalls zwischen den beiden Systemen.</translation>
    </message>
    <message>
        <source>Check that the system is switched on and open port %1 on every firewall between the two systems.</source>
        <translation>Prüfen Sie, ob das System eingeschaltet ist, und öffnen Sie Port %1 in allen Firewalls zwischen den beiden Systemen.</translation>
    </message>
    <message>
        <source>Check that %1 is the address of the appliance and not of another server, and that no port forwarding sends port %2 elsewhere.</source>
        <translation>Prüfen Sie, ob %1 die Adresse der Appliance und nicht die eines anderen Servers ist und ob keine Portweiterleitung Port %2 an ein anderes Ziel umleitet.</translation>
    </message>
    <message>
        <source>Check the address and the network connection between the two systems.</source>
        <translation>Prüfen Sie die Adresse und die Netzwerkverbindung zwischen den beiden Systemen.</translation>
    </message>
    <message>
        <source>A service accepted the connection there but sent nothing.</source>
        <translation>Dort hat ein Dienst die Verbindung angenommen, aber nichts gesendet.</translation>
    </message>
    <message>
        <source>An SSH server answered instead (%1).</source>
        <extracomment>%1: SSH banner</extracomment>
        <translation>Stattdessen hat ein SSH-Server geantwortet (%1).</translation>
    </message>
    <message>
        <source>A MariaDB/MySQL server answered instead (%1).</source>
        <extracomment>%1: server version</extracomment>
        <translation>Stattdessen hat ein MariaDB/MySQL-Server geantwortet (%1).</translation>
    </message>
    <message>
        <source>A web server without TLS answered instead (%1).</source>
        <extracomment>%1: HTTP status line</extracomment>
        <translation>Stattdessen hat ein Webserver ohne TLS geantwortet (%1).</translation>
    </message>
    <message>
        <source>A TLS service answered instead.</source>
        <translation>Stattdessen hat ein TLS-Dienst geantwortet.</translation>
    </message>
    <message>
        <source>An unknown service answered instead.</source>
        <translation>Stattdessen hat ein unbekannter Dienst geantwortet.</translation>
    </message>
    <message>
        <source>An unknown service answered instead and sent &quot;%1&quot;.</source>
        <extracomment>%1: the first bytes the service sent</extracomment>
        <translation>Stattdessen hat ein unbekannter Dienst geantwortet und „%1“ gesendet.</translation>
    </message>
    <message>
        <source>A service accepted the connection there but did not complete a TLS handshake.</source>
        <translation>Dort hat ein Dienst die Verbindung angenommen, aber keinen TLS-Verbindungsaufbau abgeschlossen.</translation>
    </message>
    <message>
        <source>The service there does not speak TLS.</source>
        <translation>Der Dienst dort spricht kein TLS.</translation>
    </message>
    <message>
        <source>A TLS service answered, but its handshake failed (%1).</source>
        <extracomment>%1: the TLS error</extracomment>
        <translation>Ein TLS-Dienst hat geantwortet, aber sein Verbindungsaufbau ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the web server (HTTP) does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 auf %2 ist offen, aber der Webserver (HTTP) antwortet dort nicht.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the appliance API (HTTPS) does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 auf %2 ist offen, aber die Appliance-API (HTTPS) antwortet dort nicht.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the database (MariaDB/MySQL) does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 auf %2 ist offen, aber die Datenbank (MariaDB/MySQL) antwortet dort nicht.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the SSH server does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 auf %2 ist offen, aber der SSH-Server antwortet dort nicht.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is open, but the expected service does not answer there.</source>
        <extracomment>%1: port, %2: host</extracomment>
        <translation>Port %1 auf %2 ist offen, aber der erwartete Dienst antwortet dort nicht.</translation>
    </message>
    <message>
        <source>Port %1, SSH for the traffic-log import, on the target %2</source>
        <extracomment>%1: port number, %2: host</extracomment>
        <translation>Port %1, SSH für den Import der Datenverkehrsprotokolle, auf dem Zielsystem %2</translation>
    </message>
    <message>
        <source>The traffic logs are uploaded to the target %2 over SSH on port %1, but no SSH server answers there.</source>
        <extracomment>%1: port number, %2: host; followed by what the probe found</extracomment>
        <translation>Die Datenverkehrsprotokolle werden über SSH auf Port %1 auf das Zielsystem %2 hochgeladen, dort antwortet aber kein SSH-Server.</translation>
    </message>
    <message>
        <source>On the target, let sshd listen on port %1 with the traffic-log import block (see [ssh] importPort in /etc/cutover/applianced.conf) and open port %1 on every firewall between this computer and the target. Or migrate without copying the traffic logs.</source>
        <extracomment>%1: port number</extracomment>
        <translation>Lassen Sie sshd auf dem Zielsystem mit dem Block für den Import der Datenverkehrsprotokolle auf Port %1 lauschen (siehe [ssh] importPort in /etc/cutover/applianced.conf), und öffnen Sie Port %1 in jeder Firewall zwischen diesem Computer und dem Zielsystem. Oder migrieren Sie, ohne die Datenverkehrsprotokolle zu kopieren.</translation>
    </message>
</context>
<context>
    <name>cutover::Preflight</name>
    <message>
        <source>Certificate of the source %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address</extracomment>
        <translation>Zertifikat des Quellsystems %1</translation>
    </message>
    <message>
        <source>Certificate of the target %1</source>
        <comment>@info check title</comment>
        <translation>Zertifikat des Zielsystems %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the appliance&apos;s console. Only if they match, give the new fingerprint explicitly to trust it.</source>
        <comment>@info</comment>
        <translation>Vergleichen Sie den Fingerabdruck mit dem auf der Konsole der Appliance. Nur wenn beide übereinstimmen, geben Sie den neuen Fingerabdruck ausdrücklich an, um ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>The certificate matches the fingerprint you gave: %1</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Das Zertifikat stimmt mit dem angegebenen Fingerabdruck überein: %1</translation>
    </message>
    <message>
        <source>The certificate is the one trusted before: %1</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Das Zertifikat ist das bereits zuvor vertraute: %1</translation>
    </message>
    <message>
        <source>You trusted the certificate with the SHA-256 fingerprint %1.</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Sie haben dem Zertifikat mit dem SHA-256-Fingerabdruck %1 vertraut.</translation>
    </message>
    <message>
        <source>The certificate of %1 has not been trusted yet. Its SHA-256 fingerprint is %2.</source>
        <comment>@info</comment>
        <extracomment>%1: address, %2: SHA-256 fingerprint</extracomment>
        <translation>Dem Zertifikat von %1 wird noch nicht vertraut. Sein SHA-256-Fingerabdruck ist %2.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the source&apos;s console; if they match, trust it (cutover-cli: --trust-source %1).</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Vergleichen Sie den Fingerabdruck mit dem auf der Konsole des Quellsystems; wenn beide übereinstimmen, vertrauen Sie ihm (cutover-cli: --trust-source %1).</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the target&apos;s console; if they match, trust it (cutover-cli: --trust-target %1).</source>
        <comment>@info</comment>
        <translation>Vergleichen Sie den Fingerabdruck mit dem auf der Konsole des Zielsystems; wenn beide übereinstimmen, vertrauen Sie ihm (cutover-cli: --trust-target %1).</translation>
    </message>
    <message>
        <source>Log in to the source %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address</extracomment>
        <translation>Anmeldung am Quellsystem %1</translation>
    </message>
    <message>
        <source>Log in to the target %1</source>
        <comment>@info check title</comment>
        <translation>Anmeldung am Zielsystem %1</translation>
    </message>
    <message>
        <source>Logged in as admin.</source>
        <comment>@info</comment>
        <translation>Als admin angemeldet.</translation>
    </message>
    <message>
        <source>High-availability source</source>
        <comment>@info check title</comment>
        <translation>Quellsystem mit Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>This version of Cutover cannot yet move a source that is part of a high-availability group.</source>
        <comment>@info</comment>
        <translation>Diese Version von Cutover kann ein Quellsystem, das Teil einer Hochverfügbarkeitsgruppe ist, noch nicht migrieren.</translation>
    </message>
    <message>
        <source>Use a version of Cutover that supports high availability.</source>
        <comment>@info</comment>
        <translation>Verwenden Sie eine Version von Cutover, die Hochverfügbarkeit unterstützt.</translation>
    </message>
    <message>
        <source>Certificate of the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Zertifikat des Masters der Gruppe %1</translation>
    </message>
    <message>
        <source>Log in to the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Anmeldung am Master der Gruppe %1</translation>
    </message>
    <message>
        <source>The source is the master of its high-availability group. Cutover moves a node that replicates from the master.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem ist der Master seiner Hochverfügbarkeitsgruppe. Cutover migriert einen Knoten, der vom Master repliziert.</translation>
    </message>
    <message>
        <source>Make another node of the group the master, then migrate this one.</source>
        <comment>@info</comment>
        <translation>Machen Sie einen anderen Knoten der Gruppe zum Master und migrieren Sie dann diesen.</translation>
    </message>
    <message>
        <source>Master of the group</source>
        <comment>@info check title</comment>
        <translation>Master der Gruppe</translation>
    </message>
    <message>
        <source>The source reports no master for its high-availability group.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem meldet keinen Master für seine Hochverfügbarkeitsgruppe.</translation>
    </message>
    <message>
        <source>Check the group&apos;s replication on the source, then check again.</source>
        <comment>@info</comment>
        <translation>Prüfen Sie die Replikation der Gruppe auf dem Quellsystem und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Round-robin hosts on the master</source>
        <comment>@info check title</comment>
        <translation>Round-Robin-Hosts auf dem Master</translation>
    </message>
    <message>
        <source>The master %1 does not list the source among its round-robin hosts; there is nothing to take out and put back.</source>
        <comment>@info</comment>
        <extracomment>%1: the master&apos;s address</extracomment>
        <translation>Der Master %1 führt das Quellsystem nicht unter seinen Round-Robin-Hosts; es gibt nichts herauszunehmen und zurückzusetzen.</translation>
    </message>
    <message>
        <source>%1 leave the round-robin hosts of the master %2 during the migration; the target&apos;s address takes their place at the end.</source>
        <comment>@info</comment>
        <extracomment>%1: addresses, %2: the master&apos;s address</extracomment>
        <translation>%1 werden während der Migration aus den Round-Robin-Hosts des Masters %2 genommen; am Ende tritt die Adresse des Zielsystems an ihre Stelle.</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one shown on the master&apos;s console; if they match, trust it (cutover-cli: --trust-master %1).</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Vergleichen Sie den Fingerabdruck mit dem auf der Konsole des Masters; wenn beide übereinstimmen, vertrauen Sie ihm (cutover-cli: --trust-master %1).</translation>
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
        <translation>stockt</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a duration</extracomment>
        <translation>Restzeit %1</translation>
    </message>
</context>
<context>
    <name>cutover::RebootOperation</name>
    <message>
        <source>%1 and %2 reboot with their exchanged settings; Cutover waits until both answer again at their new addresses.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>%1 und %2 starten mit den getauschten Einstellungen neu; Cutover wartet, bis beide unter ihren neuen Adressen wieder antworten.</translation>
    </message>
    <message>
        <source>Rebooting both systems …</source>
        <comment>@info progress</comment>
        <translation>Beide Systeme werden neu gestartet …</translation>
    </message>
    <message>
        <source>Both systems are rebooting.</source>
        <comment>@info</comment>
        <translation>Beide Systeme starten neu.</translation>
    </message>
    <message>
        <source>Waiting for %1 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Warten auf %1 …</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>%1 ist wieder erreichbar.</translation>
    </message>
    <message>
        <source>%1 came back with a different certificate. Check its fingerprint, then resume with --trust-target/--trust-source set to it.</source>
        <comment>@info</comment>
        <translation>%1 meldet sich mit einem anderen Zertifikat zurück. Prüfen Sie dessen Fingerabdruck und setzen Sie die Migration dann fort, wobei Sie --trust-target/--trust-source auf diesen Fingerabdruck setzen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not come back after the reboot within %n minute(s). Check the appliance&apos;s console, then resume the migration.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>
            <numerusform>%1 war nach dem Neustart innerhalb von %n Minute nicht wieder erreichbar. Prüfen Sie die Konsole der Appliance und setzen Sie die Migration dann fort.</numerusform>
            <numerusform>%1 war nach dem Neustart innerhalb von %n Minuten nicht wieder erreichbar. Prüfen Sie die Konsole der Appliance und setzen Sie die Migration dann fort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::ReplicaOperation</name>
    <message>
        <source>%1 stops replicating from its peer; the other nodes keep serving.</source>
        <comment>@info</comment>
        <extracomment>%1 names the source appliance</extracomment>
        <translation>%1 beendet die Replikation vom Partnerknoten; die anderen Knoten bleiben in Betrieb.</translation>
    </message>
    <message>
        <source>The source&apos;s replica is deactivated.</source>
        <comment>@info</comment>
        <translation>Das Replikat des Quellsystems ist deaktiviert.</translation>
    </message>
    <message>
        <source>The source&apos;s replica is running again.</source>
        <comment>@info</comment>
        <translation>Das Replikat des Quellsystems läuft wieder.</translation>
    </message>
</context>
<context>
    <name>cutover::ReplicationLink</name>
    <message>
        <source>The target&apos;s replication stopped.</source>
        <comment>@info</comment>
        <translation>Die Replikation des Zielsystems wurde angehalten.</translation>
    </message>
    <message>
        <source>The source has no binary log.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem hat kein Binärlog.</translation>
    </message>
</context>
<context>
    <name>cutover::ReplicationSteps</name>
    <message>
        <source>Cutover is not connected to %1.</source>
        <comment>@info</comment>
        <translation>Cutover ist nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The target&apos;s replication link to the source could not be removed.</source>
        <comment>@info</comment>
        <translation>Die Replikationsverbindung des Zielsystems zum Quellsystem konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Waiting for the target&apos;s replication to start …</source>
        <comment>@info progress</comment>
        <translation>Es wird gewartet, bis die Replikation des Zielsystems beginnt …</translation>
    </message>
    <message>
        <source>The target is up to date with the source.</source>
        <comment>@info progress</comment>
        <translation>Das Zielsystem ist auf dem Stand des Quellsystems.</translation>
    </message>
    <message numerus="yes">
        <source>The target is %1 (%n second(s)) behind the source …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an amount of binary log such as &quot;1.2 MB&quot;; the target is behind by that much</extracomment>
        <translation>
            <numerusform>Das Zielsystem liegt %1 (%n Sekunde) hinter dem Quellsystem …</numerusform>
            <numerusform>Das Zielsystem liegt %1 (%n Sekunden) hinter dem Quellsystem …</numerusform>
        </translation>
    </message>
    <message>
        <source>The target is %1 behind the source …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an amount of binary log such as &quot;1.2 MB&quot;</extracomment>
        <translation>Das Zielsystem liegt %1 hinter dem Quellsystem …</translation>
    </message>
    <message>
        <source>%1 does not hand out its database certificate, so the replication link to it is not verified.</source>
        <comment>@info</comment>
        <extracomment>%1 is the source&apos;s address</extracomment>
        <translation>%1 gibt sein Datenbankzertifikat nicht heraus, daher wird die Replikationsverbindung dorthin nicht überprüft.</translation>
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
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>@info check</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <comment>@info check</comment>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Cutover migration report</source>
        <comment>@title</comment>
        <translation>Cutover-Migrationsbericht</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Der Bericht kann nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>cutover::Result</name>
    <message>
        <source>Cancelled by the user.</source>
        <comment>@info</comment>
        <extracomment>Shown when the user cancelled a running step.</extracomment>
        <translation>Vom Benutzer abgebrochen.</translation>
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
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save Report</source>
        <comment>@title:window</comment>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <comment>@item:inlistbox file type</comment>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>The rehearsal was successful!</source>
        <comment>@info</comment>
        <translation>Der Probelauf war erfolgreich!</translation>
    </message>
    <message>
        <source>The migration was successful!</source>
        <comment>@info</comment>
        <translation>Die Migration war erfolgreich!</translation>
    </message>
    <message>
        <source>The target holds a verified copy of the source; the source was not changed. Test the target, then run the real migration.</source>
        <comment>@info</comment>
        <extracomment>%1: target address</extracomment>
        <translation>Das Zielsystem enthält eine verifizierte Kopie des Quellsystems; das Quellsystem wurde nicht verändert. Testen Sie das Zielsystem und führen Sie dann die eigentliche Migration aus.</translation>
    </message>
    <message>
        <source>Settings, data and license were verified on the target. Click Close to open the login page of the new system at %1.</source>
        <comment>@info</comment>
        <translation>Einstellungen, Daten und Lizenz wurden auf dem Zielsystem verifiziert. Klicken Sie auf „Schließen“, um die Anmeldeseite des neuen Systems unter %1 zu öffnen.</translation>
    </message>
    <message>
        <source>The migration did not complete.</source>
        <comment>@info</comment>
        <translation>Die Migration wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Every change was undone and the source serves as before. The report lists the cause and what was undone. Remove the cause, then start the wizard again.</source>
        <comment>@info</comment>
        <translation>Jede Änderung wurde rückgängig gemacht, und das Quellsystem arbeitet wie zuvor. Der Bericht nennt die Ursache und führt auf, was rückgängig gemacht wurde. Beheben Sie die Ursache und starten Sie den Assistenten dann erneut.</translation>
    </message>
    <message>
        <source>The migration stopped and needs your attention.</source>
        <comment>@info</comment>
        <translation>Die Migration wurde angehalten und erfordert Ihr Eingreifen.</translation>
    </message>
    <message>
        <source>The run is past the point of no return and is kept in the journal (%1). Start Cutover again and choose Resume on the first page, or run “cutover-cli resume”.</source>
        <comment>@info</comment>
        <extracomment>%1: path of the journal file</extracomment>
        <translation>Der Lauf hat den Punkt ohne Wiederkehr überschritten und ist im Journal gespeichert (%1). Starten Sie Cutover erneut und wählen Sie auf der ersten Seite „Fortsetzen“, oder führen Sie „cutover-cli resume“ aus.</translation>
    </message>
    <message>
        <source>Result</source>
        <comment>@title:window wizard step</comment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <comment>@action:button</comment>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <source>Save the run report as a web page</source>
        <comment>@action:button</comment>
        <translation>Den Laufbericht als Webseite speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <comment>@action:button</comment>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Now set the DNS configuration back, so that clients reach the new system:</source>
        <comment>@info</comment>
        <translation>Stellen Sie jetzt die DNS-Konfiguration zurück, damit Clients das neue System erreichen:</translation>
    </message>
    <message>
        <source>The source serves again. If you changed the DNS configuration before the migration, undo these changes until you try again:</source>
        <comment>@info</comment>
        <translation>Das Quellsystem ist wieder in Betrieb. Wenn Sie die DNS-Konfiguration vor der Migration geändert haben, machen Sie diese Änderungen bis zum nächsten Versuch rückgängig:</translation>
    </message>
    <message>
        <source>Keep the DNS changes you made before the migration until the migration is resumed and finished.</source>
        <comment>@info</comment>
        <translation>Behalten Sie die vor der Migration vorgenommenen DNS-Änderungen bei, bis die Migration fortgesetzt und abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The target replicates from the group&apos;s master %1 in the source&apos;s place, and the master&apos;s round-robin list names the target instead of the source.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the group&apos;s master</extracomment>
        <translation>Das Zielsystem repliziert anstelle des Quellsystems vom Master %1 der Gruppe, und die Round-Robin-Liste des Masters nennt das Zielsystem statt des Quellsystems.</translation>
    </message>
</context>
<context>
    <name>cutover::RoundRobinOperation</name>
    <message>
        <source>The master of the group stops sending clients to the source: %1 leave the round-robin hosts for now and come back at the end.</source>
        <comment>@info</comment>
        <extracomment>%1 lists addresses</extracomment>
        <translation>Der Master der Gruppe leitet keine Clients mehr an das Quellsystem weiter: %1 werden vorübergehend aus den Round-Robin-Hosts entfernt und am Ende wieder aufgenommen.</translation>
    </message>
    <message>
        <source>The source is not among the round-robin hosts; nothing to remove.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem gehört nicht zu den Round-Robin-Hosts; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>The source&apos;s round-robin hosts are back on the master.</source>
        <comment>@info</comment>
        <translation>Die Round-Robin-Hosts des Quellsystems sind wieder auf dem Master eingetragen.</translation>
    </message>
    <message>
        <source>Removed from the round-robin hosts on the master %2: %1</source>
        <comment>@info</comment>
        <extracomment>%1 lists addresses, %2 is the master&apos;s address</extracomment>
        <translation>Aus den Round-Robin-Hosts auf dem Master %2 entfernt: %1</translation>
    </message>
</context>
<context>
    <name>cutover::Runner</name>
    <message>
        <source>The migration is past its point of no return and cannot be backed out. Resume it to finish.</source>
        <comment>@info</comment>
        <translation>Die Migration hat ihren Punkt ohne Wiederkehr überschritten und kann nicht zurückgenommen werden. Setzen Sie sie fort, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>Backout requested.</source>
        <comment>@info</comment>
        <translation>Rücknahme angefordert.</translation>
    </message>
    <message>
        <source>An unexpected error stopped this step.</source>
        <comment>@info</comment>
        <translation>Ein unerwarteter Fehler hat diesen Schritt angehalten.</translation>
    </message>
    <message>
        <source>The migration stopped after its point of no return, so nothing was undone: the source has already been handed over. Remove the cause above, then resume with “cutover-cli resume” or by starting the wizard again; finished steps are not repeated.</source>
        <comment>@info</comment>
        <translation>Die Migration wurde nach ihrem Punkt ohne Wiederkehr angehalten, daher wurde nichts rückgängig gemacht: Das Quellsystem ist bereits übergeben. Beheben Sie die oben genannte Ursache und setzen Sie die Migration dann mit „cutover-cli resume“ oder durch einen Neustart des Assistenten fort; abgeschlossene Schritte werden nicht wiederholt.</translation>
    </message>
    <message>
        <source>Backing out: the migration did not pass its point of no return, so every step that started is undone, newest first.</source>
        <comment>@info</comment>
        <translation>Rücknahme: Die Migration hat ihren Punkt ohne Wiederkehr nicht überschritten, daher wird jeder begonnene Schritt rückgängig gemacht, der jüngste zuerst.</translation>
    </message>
    <message>
        <source>Nothing to undo for “%1”: it changed nothing on the source.</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title</extracomment>
        <translation>Für „%1“ gibt es nichts rückgängig zu machen: Der Schritt hat am Quellsystem nichts geändert.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <comment>@info</comment>
        <extracomment>%1 describes what was undone</extracomment>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title, %2 the reason</extracomment>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The backout did not finish: %n step(s) could not be undone. Check the source appliance, then run “cutover-cli backout” again.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>Die Rücknahme wurde nicht abgeschlossen: %n Schritt konnte nicht rückgängig gemacht werden. Prüfen Sie die Quell-Appliance und führen Sie dann „cutover-cli backout“ erneut aus.</numerusform>
            <numerusform>Die Rücknahme wurde nicht abgeschlossen: %n Schritte konnten nicht rückgängig gemacht werden. Prüfen Sie die Quell-Appliance und führen Sie dann „cutover-cli backout“ erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Migrated and verified</source>
        <comment>@info run outcome</comment>
        <translation>Migriert und verifiziert</translation>
    </message>
    <message>
        <source>Failed and backed out</source>
        <comment>@info run outcome</comment>
        <translation>Fehlgeschlagen und zurückgenommen</translation>
    </message>
    <message>
        <source>Stopped, needs attention</source>
        <comment>@info run outcome</comment>
        <translation>Angehalten, Eingreifen erforderlich</translation>
    </message>
</context>
<context>
    <name>cutover::ServicesOperation</name>
    <message>
        <source>The web server, the database and SSH restart on %1 with the new configuration.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>Webserver, Datenbank und SSH werden auf %1 mit der neuen Konfiguration neu gestartet.</translation>
    </message>
    <message>
        <source>Restarting the services on %1 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Die Dienste auf %1 werden neu gestartet …</translation>
    </message>
    <message>
        <source>Restarted on %1: %2</source>
        <comment>@info</comment>
        <translation>Neu gestartet auf %1: %2</translation>
    </message>
</context>
<context>
    <name>cutover::SettingsCopyOperation</name>
    <message>
        <source>%1 and %2 exchange all their System Settings, network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and FTP backup included. They take effect when both reboot.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>%1 und %2 tauschen alle ihre Systemeinstellungen aus, einschließlich Netzwerk, DNS, Webserver, Round-Robin-Host, Load-Balancing-Domäne, Remote-Datenaustausch und FTP-Sicherung. Die Einstellungen werden wirksam, wenn beide neu starten.</translation>
    </message>
    <message>
        <source>The basic System Settings of %1 (time and NTP, mail relay, language, syslog forwarding, captive portal) are copied to %2. Its network, DNS, web server, round-robin host, load-balancing domain, remote data exchange and FTP backup settings stay as they are.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>Die grundlegenden Systemeinstellungen von %1 (Zeit und NTP, Mail-Relay, Sprache, Syslog-Weiterleitung, Captive Portal) werden auf %2 kopiert. Die dortigen Einstellungen für Netzwerk, DNS, Webserver, Round-Robin-Host, Load-Balancing-Domäne, Remote-Datenaustausch und FTP-Sicherung bleiben unverändert.</translation>
    </message>
    <message>
        <source>Writing the settings to the target …</source>
        <comment>@info progress</comment>
        <translation>Die Einstellungen werden auf das Zielsystem geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>%n settings group(s) copied to the target: %1</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n Einstellungsgruppe auf das Zielsystem kopiert: %1</numerusform>
            <numerusform>%n Einstellungsgruppen auf das Zielsystem kopiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept on the target: %1</source>
        <comment>@info</comment>
        <translation>Auf dem Zielsystem beibehalten: %1</translation>
    </message>
    <message>
        <source>Writing the target&apos;s settings to the source …</source>
        <comment>@info progress</comment>
        <translation>Die Einstellungen des Zielsystems werden auf das Quellsystem geschrieben …</translation>
    </message>
    <message>
        <source>The source received the target&apos;s settings; both take effect at the reboot.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem hat die Einstellungen des Zielsystems erhalten; auf beiden Systemen werden sie beim Neustart wirksam.</translation>
    </message>
    <message>
        <source>The source has its own System Settings again.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem hat wieder seine eigenen Systemeinstellungen.</translation>
    </message>
</context>
<context>
    <name>cutover::SettingsDiff</name>
    <message>
        <source>%1: not set → %2</source>
        <comment>@info settings diff</comment>
        <extracomment>%1: setting (group.key), %2: new value</extracomment>
        <translation>%1: nicht gesetzt → %2</translation>
    </message>
    <message>
        <source>%1: %2 → back to its default</source>
        <comment>@info settings diff</comment>
        <extracomment>%1: setting (group.key), %2: old value</extracomment>
        <translation>%1: %2 → zurück auf den Standardwert</translation>
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
        <translation>Bleiben unverändert (nicht kopiert): %1</translation>
    </message>
</context>
<context>
    <name>cutover::SettingsDiffView</name>
    <message>
        <source>Network</source>
        <comment>@item settings group</comment>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>DNS</source>
        <comment>@item settings group</comment>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Web server</source>
        <comment>@item settings group</comment>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>Round-robin host</source>
        <comment>@item settings group</comment>
        <translation>Round-Robin-Host</translation>
    </message>
    <message>
        <source>Load-balancing domain</source>
        <comment>@item settings group</comment>
        <translation>Load-Balancing-Domäne</translation>
    </message>
    <message>
        <source>Remote data exchange</source>
        <comment>@item settings group</comment>
        <translation>Remote-Datenaustausch</translation>
    </message>
    <message>
        <source>Backup FTP</source>
        <comment>@item settings group</comment>
        <translation>FTP-Sicherung</translation>
    </message>
    <message>
        <source>Time and NTP</source>
        <comment>@item settings group</comment>
        <translation>Zeit und NTP</translation>
    </message>
    <message>
        <source>Mail relay</source>
        <comment>@item settings group</comment>
        <translation>Mail-Relay</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@item settings group</comment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Syslog forwarding</source>
        <comment>@item settings group</comment>
        <translation>Syslog-Weiterleitung</translation>
    </message>
    <message>
        <source>Captive portal</source>
        <comment>@item settings group</comment>
        <translation>Captive Portal</translation>
    </message>
    <message>
        <source>Settings that c&amp;hange on each system:</source>
        <comment>@label</comment>
        <translation>Einstellungen, die sich auf den beiden Systemen ä&amp;ndern:</translation>
    </message>
    <message>
        <source>Setting</source>
        <comment>@title:column</comment>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>@title:column settings diff</comment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the migration</source>
        <comment>@title:column settings diff</comment>
        <translation>Nach der Migration</translation>
    </message>
    <message>
        <source>Settings that change on each system</source>
        <comment>@info:accessible</comment>
        <translation>Einstellungen, die sich auf den beiden Systemen ändern</translation>
    </message>
    <message>
        <source>Source %1: nothing changes, its settings are only read</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: the source, &quot;name (address)&quot;</extracomment>
        <translation>Quellsystem %1: keine Änderung, seine Einstellungen werden nur gelesen</translation>
    </message>
    <message>
        <source>Source %1: no setting changes</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: the appliance, &quot;name (address)&quot;</extracomment>
        <translation>Quellsystem %1: keine Einstellung ändert sich</translation>
    </message>
    <message>
        <source>Target %1: no setting changes</source>
        <comment>@item settings diff</comment>
        <translation>Zielsystem %1: keine Einstellung ändert sich</translation>
    </message>
    <message numerus="yes">
        <source>Source %1: %n setting(s) change</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: the appliance, &quot;name (address)&quot;; %n: number of settings</extracomment>
        <translation>
            <numerusform>Quellsystem %1: %n Einstellung ändert sich</numerusform>
            <numerusform>Quellsystem %1: %n Einstellungen ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target %1: %n setting(s) change</source>
        <comment>@item settings diff</comment>
        <translation>
            <numerusform>Zielsystem %1: %n Einstellung ändert sich</numerusform>
            <numerusform>Zielsystem %1: %n Einstellungen ändern sich</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: excluded, stays as it is (host-specific)</source>
        <comment>@item settings diff</comment>
        <extracomment>%1: settings group title; excluded from the copy on purpose</extracomment>
        <translation>%1: ausgenommen, bleibt unverändert (hostspezifisch)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <comment>@item settings diff value</comment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <comment>@item settings diff value</comment>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(default)</source>
        <comment>@item settings diff value</comment>
        <translation>(Standardwert)</translation>
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
        <translation>In %1 ist nicht genug Platz für die Datenverkehrsprotokolle: noch %2 zu kopieren, %3 frei. Schaffen Sie dort Platz (oder wählen Sie ein anderes Ziel) und führen Sie den Schritt dann erneut aus; bereits Kopiertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cutover could not write %1. Check that the destination directory exists and is writable, then run the step again.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Cutover konnte %1 nicht schreiben. Prüfen Sie, ob das Zielverzeichnis existiert und beschreibbar ist, und führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 became shorter on the appliance while Cutover was copying it (it was probably rotated). Run the step again to copy it afresh.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 ist auf der Appliance kürzer geworden, während Cutover die Datei kopiert hat (sie wurde vermutlich rotiert). Führen Sie den Schritt erneut aus, um sie neu zu kopieren.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the file on the appliance. It was discarded; run the step again to copy it afresh. If this repeats, check the destination disk.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name</extracomment>
        <translation>Die Kopie von %1 stimmt nicht mit der Datei auf der Appliance überein. Sie wurde verworfen; führen Sie den Schritt erneut aus, um die Datei neu zu kopieren. Falls dies wiederholt auftritt, prüfen Sie den Zieldatenträger.</translation>
    </message>
</context>
<context>
    <name>cutover::SftpSession</name>
    <message>
        <source>The appliance at %1 did not report its SSH host key, so Cutover cannot check whom it would send the traffic logs&apos; access key to. Update the appliance&apos;s software, or copy the traffic logs by hand.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Die Appliance unter %1 hat ihren SSH-Hostschlüssel nicht gemeldet, daher kann Cutover nicht prüfen, an wen es den Zugriffsschlüssel für die Datenverkehrsprotokolle senden würde. Aktualisieren Sie die Software der Appliance, oder kopieren Sie die Datenverkehrsprotokolle von Hand.</translation>
    </message>
    <message>
        <source>There is no SSH key to log in with.</source>
        <comment>@info</comment>
        <translation>Es gibt keinen SSH-Schlüssel für die Anmeldung.</translation>
    </message>
    <message>
        <source>Cutover could not start an SSH connection.</source>
        <comment>@info</comment>
        <translation>Cutover konnte keine SSH-Verbindung aufbauen.</translation>
    </message>
    <message>
        <source>Cutover could not reach the SSH service of %1 on port %2. Check that the appliance is running and that port %2 is open between this computer and the appliance, then try again.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 a port number</extracomment>
        <translation>Cutover konnte den SSH-Dienst von %1 auf Port %2 nicht erreichen. Prüfen Sie, ob die Appliance läuft und Port %2 zwischen diesem Computer und der Appliance offen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The SSH service of %1 did not present a host key. Cutover refused the connection.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Der SSH-Dienst von %1 hat keinen Hostschlüssel vorgelegt. Cutover hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2) is not the one the appliance reported over its trusted HTTPS connection (%3). Cutover refused the connection and sent nothing. Another machine may be answering at this address, or the connection is being intercepted: check the network before you try again.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %2 and %3 are SSH fingerprints (SHA256:…)</extracomment>
        <translation>Der SSH-Hostschlüssel von %1 (%2) ist nicht der, den die Appliance über ihre vertrauenswürdige HTTPS-Verbindung gemeldet hat (%3). Cutover hat die Verbindung abgelehnt und nichts gesendet. Möglicherweise antwortet unter dieser Adresse ein anderer Rechner, oder die Verbindung wird abgefangen: Prüfen Sie das Netzwerk, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The SSH service of %1 refused Cutover&apos;s one-time key. The appliance may have revoked it or failed to authorise it; run the step again to authorise a new key.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Der SSH-Dienst von %1 hat den Einmalschlüssel von Cutover abgelehnt. Die Appliance hat ihn möglicherweise widerrufen oder nicht autorisieren können; führen Sie den Schritt erneut aus, um einen neuen Schlüssel zu autorisieren.</translation>
    </message>
    <message>
        <source>The SSH service of %1 accepted Cutover&apos;s key but did not start SFTP for it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Der SSH-Dienst von %1 hat den Schlüssel von Cutover angenommen, dafür aber kein SFTP gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>The appliance %1 stopped answering over SFTP for %n second(s), so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %n seconds</extracomment>
        <translation>
            <numerusform>Die Appliance %1 hat %n Sekunde lang nicht über SFTP geantwortet, daher hat Cutover aufgegeben. Prüfen Sie, ob sie läuft und erreichbar ist, und führen Sie den Schritt dann erneut aus: Er wird an der unterbrochenen Stelle fortgesetzt.</numerusform>
            <numerusform>Die Appliance %1 hat %n Sekunden lang nicht über SFTP geantwortet, daher hat Cutover aufgegeben. Prüfen Sie, ob sie läuft und erreichbar ist, und führen Sie den Schritt dann erneut aus: Er wird an der unterbrochenen Stelle fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appliance %2 does not allow Cutover to read %1. Check the permissions of the traffic-log directory on the appliance.</source>
        <comment>@info</comment>
        <extracomment>%1 is a remote path, %2 an address</extracomment>
        <translation>Die Appliance %2 erlaubt Cutover nicht, %1 zu lesen. Prüfen Sie die Berechtigungen des Verzeichnisses der Datenverkehrsprotokolle auf der Appliance.</translation>
    </message>
    <message>
        <source>%1 disappeared from the appliance %2 while Cutover was copying it. Run the step again; files already copied are kept.</source>
        <comment>@info</comment>
        <extracomment>%1 is a remote path, %2 an address</extracomment>
        <translation>%1 ist von der Appliance %2 verschwunden, während Cutover die Datei kopiert hat. Führen Sie den Schritt erneut aus; bereits kopierte Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>The SFTP connection to %2 failed while Cutover was reading %1 (the appliance stopped answering or closed the connection). Run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is a remote path, %2 an address</extracomment>
        <translation>Die SFTP-Verbindung zu %2 ist beim Lesen von %1 fehlgeschlagen (die Appliance hat nicht mehr geantwortet oder die Verbindung geschlossen). Führen Sie den Schritt erneut aus: Er wird an der unterbrochenen Stelle fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>cutover::SftpUploader</name>
    <message numerus="yes">
        <source>The appliance %1 stopped answering over SFTP for %n second(s) while Cutover was writing the traffic logs to it, so Cutover gave up. Check that it is running and reachable, then run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address, %n seconds</extracomment>
        <translation>
            <numerusform>Die Appliance %1 hat %n Sekunde lang nicht über SFTP geantwortet, während Cutover die Datenverkehrsprotokolle auf sie schrieb; Cutover hat deshalb aufgegeben. Prüfen Sie, ob sie läuft und erreichbar ist, und führen Sie den Schritt dann erneut aus: Er setzt dort fort, wo er stehen blieb.</numerusform>
            <numerusform>Die Appliance %1 hat %n Sekunden lang nicht über SFTP geantwortet, während Cutover die Datenverkehrsprotokolle auf sie schrieb; Cutover hat deshalb aufgegeben. Prüfen Sie, ob sie läuft und erreichbar ist, und führen Sie den Schritt dann erneut aus: Er setzt dort fort, wo er stehen blieb.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SFTP connection to %2 failed while Cutover was writing %1 to it (the appliance stopped answering or closed the connection). Run the step again: it continues where it stopped.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>Die SFTP-Verbindung zu %2 ist abgebrochen, während Cutover %1 dorthin schrieb (die Appliance antwortete nicht mehr oder hat die Verbindung geschlossen). Führen Sie den Schritt erneut aus: Er setzt dort fort, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>The SSH service of %1 accepted Cutover&apos;s key but did not start SFTP for it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Der SSH-Dienst von %1 hat den Schlüssel von Cutover angenommen, aber SFTP dafür nicht gestartet.</translation>
    </message>
    <message>
        <source>The appliance %2 does not allow Cutover to write %1 into its traffic-log import directory. Check that directory&apos;s permissions on the appliance, then run the step again.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>Die Appliance %2 erlaubt Cutover nicht, %1 in ihr Importverzeichnis für Datenverkehrsprotokolle zu schreiben. Prüfen Sie die Berechtigungen dieses Verzeichnisses auf der Appliance und führen Sie den Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The appliance %2 could not store %1 in its traffic-log directory (its disk may be full). Free some space on the appliance, then run the step again: files already there are kept.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>Die Appliance %2 konnte %1 nicht in ihrem Verzeichnis für Datenverkehrsprotokolle speichern (möglicherweise ist ihr Datenträger voll). Schaffen Sie auf der Appliance Platz und führen Sie den Schritt dann erneut aus: Bereits vorhandene Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Cutover could not read its copy %1 of a traffic log (it is missing or changed). Run the step again to fetch it from the source afresh.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file path</extracomment>
        <translation>Cutover konnte seine Kopie %1 eines Datenverkehrsprotokolls nicht lesen (sie fehlt oder wurde verändert). Führen Sie den Schritt erneut aus, um sie neu vom Quellsystem zu holen.</translation>
    </message>
    <message>
        <source>Cutover&apos;s copy of %1 no longer matches what the source sent. Run the step again to fetch it afresh; if this repeats, check this computer&apos;s disk.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name</extracomment>
        <translation>Die Kopie von %1 bei Cutover stimmt nicht mehr mit dem überein, was das Quellsystem gesendet hat. Führen Sie den Schritt erneut aus, um sie neu zu holen; wiederholt sich das, prüfen Sie den Datenträger dieses Computers.</translation>
    </message>
    <message>
        <source>The copy of %1 on %2 does not match the source&apos;s file. It was removed; run the step again to copy it afresh. If this repeats, check the target&apos;s disk.</source>
        <comment>@info</comment>
        <extracomment>%1 is a file name, %2 an address</extracomment>
        <translation>Die Kopie von %1 auf %2 stimmt nicht mit der Datei des Quellsystems überein. Sie wurde entfernt; führen Sie den Schritt erneut aus, um sie neu zu kopieren. Wiederholt sich das, prüfen Sie den Datenträger des Zielsystems.</translation>
    </message>
</context>
<context>
    <name>cutover::SourceInfo</name>
    <message>
        <source>Standalone</source>
        <comment>@label server role</comment>
        <translation>Einzelsystem</translation>
    </message>
    <message>
        <source>High availability (master)</source>
        <comment>@label server role</comment>
        <translation>Hochverfügbarkeit (Master)</translation>
    </message>
    <message>
        <source>High availability (replica)</source>
        <comment>@label server role</comment>
        <translation>Hochverfügbarkeit (Replikat)</translation>
    </message>
    <message>
        <source>High availability (%1)</source>
        <comment>@label server role</comment>
        <extracomment>%1: role as the appliance reports it</extracomment>
        <translation>Hochverfügbarkeit (%1)</translation>
    </message>
    <message>
        <source>The system is in high availability</source>
        <translation>Das System ist Teil einer Hochverfügbarkeitsgruppe</translation>
    </message>
    <message>
        <source>The system is a standalone type</source>
        <translation>Das System ist ein Einzelsystem</translation>
    </message>
    <message>
        <source>The domain %1 points to the IP address %2 and no longer to %3.</source>
        <extracomment>%1: the source&apos;s FQDN, %2: the peer&apos;s address, %3: the source&apos;s address</extracomment>
        <translation>Die Domäne %1 verweist auf die IP-Adresse %2 und nicht mehr auf %3.</translation>
    </message>
    <message>
        <source>The domain %1 no longer points to the IP address %2.</source>
        <translation>Die Domäne %1 verweist nicht mehr auf die IP-Adresse %2.</translation>
    </message>
    <message>
        <source>The IP address %1 is no longer defined for the domain %2.</source>
        <extracomment>%1: the source&apos;s address, %2: the load-balancing domain</extracomment>
        <translation>Die IP-Adresse %1 ist für die Domäne %2 nicht mehr eingetragen.</translation>
    </message>
    <message>
        <source>The domain %1 is resolved with the IP address %2.</source>
        <extracomment>%1: FQDN, %2: address</extracomment>
        <translation>Die Domäne %1 wird zur IP-Adresse %2 aufgelöst.</translation>
    </message>
    <message>
        <source>The domain %1 is also resolved with the IP address %2.</source>
        <translation>Die Domäne %1 wird auch zur IP-Adresse %2 aufgelöst.</translation>
    </message>
    <message>
        <source>Before continuing and in order not to create disruptions, it is recommended to change the DNS configuration so that:</source>
        <translation>Um Störungen zu vermeiden, empfehlen wir, vor dem Fortfahren die DNS-Konfiguration wie folgt zu ändern:</translation>
    </message>
    <message>
        <source>Please allow for the DNS propagation period before proceeding to the next step.</source>
        <translation>Bitte warten Sie die Verteilung der DNS-Änderung ab, bevor Sie mit dem nächsten Schritt fortfahren.</translation>
    </message>
</context>
<context>
    <name>cutover::SourceInfoPage</name>
    <message>
        <source>(no license)</source>
        <comment>@info</comment>
        <translation>(keine Lizenz)</translation>
    </message>
    <message>
        <source>%1, database %2 %3</source>
        <comment>@info</comment>
        <extracomment>%1: appliance software version, %2: database product (e.g. MariaDB), %3: its version</extracomment>
        <translation>%1, Datenbank %2 %3</translation>
    </message>
    <message>
        <source>%1 of data, %2 of traffic logs</source>
        <comment>@info</comment>
        <extracomment>%1: size of the database, %2: size of the traffic logs</extracomment>
        <translation>%1 Daten, %2 Datenverkehrsprotokolle</translation>
    </message>
    <message>
        <source>The system is in high availability.</source>
        <comment>@info</comment>
        <translation>Das System ist Teil einer Hochverfügbarkeitsgruppe.</translation>
    </message>
    <message>
        <source>Before you continue, change the DNS configuration so that production is not disturbed:</source>
        <comment>@info</comment>
        <translation>Ändern Sie vor dem Fortfahren die DNS-Konfiguration wie folgt, damit der Produktivbetrieb nicht gestört wird:</translation>
    </message>
    <message>
        <source>Wait until the old records have expired (their TTL) before you continue.</source>
        <comment>@info</comment>
        <translation>Warten Sie, bis die alten Einträge abgelaufen sind (gemäß ihrem TTL-Wert), bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>The system is a standalone system.</source>
        <comment>@info</comment>
        <translation>Das System ist ein Einzelsystem.</translation>
    </message>
    <message>
        <source>After the migration, clients that reach it as %1 must find the new system: point that name to %2 if the address changes.</source>
        <comment>@info</comment>
        <extracomment>%1: host name, %2: target address</extracomment>
        <translation>Nach der Migration müssen Clients, die das System als %1 erreichen, das neue System finden: Lassen Sie diesen Namen auf %2 verweisen, falls sich die Adresse ändert.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <comment>@title</comment>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Source Info</source>
        <comment>@title:window wizard step</comment>
        <translation>Angaben zum Quellsystem</translation>
    </message>
    <message>
        <source>Check that this is the system you mean to migrate from.</source>
        <comment>@info</comment>
        <translation>Prüfen Sie, ob dies das System ist, von dem Sie migrieren möchten.</translation>
    </message>
    <message>
        <source>The source reports</source>
        <comment>@title:group</comment>
        <translation>Angaben des Quellsystems</translation>
    </message>
    <message>
        <source>License GUID:</source>
        <comment>@label</comment>
        <translation>Lizenz-GUID:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <comment>@label</comment>
        <translation>Hostname:</translation>
    </message>
    <message>
        <source>Domain name:</source>
        <comment>@label</comment>
        <translation>Domänenname:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <comment>@label</comment>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>Server role:</source>
        <comment>@label</comment>
        <translation>Serverrolle:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <comment>@label</comment>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>Size:</source>
        <comment>@label</comment>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Trusted certificate (SHA-256):</source>
        <comment>@label</comment>
        <translation>Vertrauenswürdiges Zertifikat (SHA-256):</translation>
    </message>
    <message>
        <source>The other nodes keep serving during the migration: %1.</source>
        <comment>@info</comment>
        <extracomment>%1: the other members of the group, &quot;name (address), …&quot;</extracomment>
        <translation>Die anderen Knoten bleiben während der Migration in Betrieb: %1.</translation>
    </message>
    <message>
        <source>After the migration, set the DNS configuration back (the last page repeats this):</source>
        <comment>@info</comment>
        <extracomment>the list that follows is what to set back; the Result page repeats it</extracomment>
        <translation>Stellen Sie die DNS-Konfiguration nach der Migration wieder zurück (die letzte Seite wiederholt dies):</translation>
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
        <translation>bekannt nach der Anmeldung am Master</translation>
    </message>
    <message>
        <source>none (the master does not list the source)</source>
        <comment>@info</comment>
        <translation>keine (der Master führt das Quellsystem nicht)</translation>
    </message>
    <message>
        <source>Checking the master&apos;s certificate…</source>
        <comment>@info</comment>
        <translation>Das Zertifikat des Masters wird geprüft …</translation>
    </message>
    <message>
        <source>Compare the master&apos;s certificate fingerprint below, then trust it.</source>
        <comment>@info</comment>
        <translation>Vergleichen Sie den Fingerabdruck des Zertifikats des Masters unten und vertrauen Sie ihm dann.</translation>
    </message>
    <message>
        <source>Click Log In to the Master to try the password.</source>
        <comment>@info</comment>
        <translation>Klicken Sie auf „Beim Master anmelden“, um das Passwort zu prüfen.</translation>
    </message>
    <message>
        <source>Logging in to the master…</source>
        <comment>@info</comment>
        <translation>Anmeldung am Master …</translation>
    </message>
    <message>
        <source>The master is trusted and the login works. Click Next to choose the options.</source>
        <comment>@info</comment>
        <translation>Dem Master wird vertraut, und die Anmeldung funktioniert. Klicken Sie auf „Weiter“, um die Optionen zu wählen.</translation>
    </message>
    <message>
        <source>The migration cannot start yet: see below what failed on the master.</source>
        <comment>@info</comment>
        <translation>Die Migration kann noch nicht starten: Unten steht, was beim Master fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>&amp;Log In to the Master</source>
        <comment>@action:button</comment>
        <translation>Beim Master &amp;anmelden</translation>
    </message>
    <message>
        <source>Check the &amp;Master Again</source>
        <comment>@action:button</comment>
        <translation>&amp;Master erneut prüfen</translation>
    </message>
    <message>
        <source>The certificate of the group&apos;s master %1 has not been trusted before. Compare its SHA-256 fingerprint with the one on the master&apos;s console (System ▸ Certificates). A password is sent to the master only after you trust it.</source>
        <comment>@info</comment>
        <extracomment>%1: the master&apos;s address</extracomment>
        <translation>Dem Zertifikat des Masters %1 der Gruppe wurde bisher nicht vertraut. Vergleichen Sie seinen SHA-256-Fingerabdruck mit dem auf der Konsole des Masters (System ▸ Zertifikate). Ein Passwort wird erst an den Master gesendet, wenn Sie ihm vertrauen.</translation>
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
        <translation>Master der Hochverfügbarkeitsgruppe</translation>
    </message>
    <message>
        <source>The source replicates from the master of its group. Cutover takes the source out of the master&apos;s round-robin list and lets the target replicate from the master, so it logs in to the master too.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem repliziert vom Master seiner Gruppe. Cutover nimmt das Quellsystem aus der Round-Robin-Liste des Masters und lässt das Zielsystem vom Master replizieren; deshalb meldet es sich auch am Master an.</translation>
    </message>
    <message>
        <source>Master:</source>
        <comment>@label</comment>
        <translation>Master:</translation>
    </message>
    <message>
        <source>Taken out of the round-robin list:</source>
        <comment>@label</comment>
        <translation>Aus der Round-Robin-Liste genommen:</translation>
    </message>
    <message>
        <source>Admin &amp;password of the master:</source>
        <comment>@label:textbox</comment>
        <translation>Admin-&amp;Passwort des Masters:</translation>
    </message>
    <message>
        <source>Master of the group</source>
        <comment>@label</comment>
        <translation>Master der Gruppe</translation>
    </message>
    <message>
        <source>Hosts that leave the master&apos;s round-robin list</source>
        <comment>@label</comment>
        <translation>Hosts, die aus der Round-Robin-Liste des Masters genommen werden</translation>
    </message>
    <message>
        <source>Admin password of the master</source>
        <comment>@label:textbox</comment>
        <translation>Admin-Passwort des Masters</translation>
    </message>
    <message>
        <source>empty: the source&apos;s password</source>
        <comment>@info:placeholder</comment>
        <translation>leer: das Passwort des Quellsystems</translation>
    </message>
    <message>
        <source>Leave it empty when the master has the same admin password as the source: Cutover then uses the source&apos;s. The password is kept in memory only, and in the system keychain if you chose to remember passwords.</source>
        <comment>@info</comment>
        <translation>Lassen Sie das Feld leer, wenn der Master dasselbe Admin-Passwort wie das Quellsystem hat: Cutover verwendet dann das des Quellsystems. Das Passwort wird nur im Arbeitsspeicher gehalten und im Schlüsselbund des Systems, wenn Sie gewählt haben, Passwörter zu merken.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <comment>@title:group</comment>
        <translation>Zu vertrauendes Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Trust and Log In</source>
        <comment>@action:button</comment>
        <translation>&amp;Vertrauen und anmelden</translation>
    </message>
</context>
<context>
    <name>cutover::SourcePage</name>
    <message>
        <source>Admin &amp;password of the target:</source>
        <comment>@label:textbox</comment>
        <translation>Admin-Pa&amp;sswort des Zielsystems:</translation>
    </message>
    <message>
        <source>Admin &amp;password of this system:</source>
        <comment>@label:textbox</comment>
        <translation>Admin-Pa&amp;sswort dieses Systems:</translation>
    </message>
    <message>
        <source>Admin password of the target</source>
        <comment>@label:textbox</comment>
        <translation>Admin-Passwort des Zielsystems</translation>
    </message>
    <message>
        <source>Admin password of this system</source>
        <comment>@label:textbox</comment>
        <translation>Admin-Passwort dieses Systems</translation>
    </message>
    <message>
        <source>Check both systems before continuing.</source>
        <comment>@info</comment>
        <translation>Prüfen Sie beide Systeme, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Checking ports and certificates…</source>
        <comment>@info</comment>
        <translation>Ports und Zertifikate werden geprüft…</translation>
    </message>
    <message>
        <source>Ports are open. Compare the certificate fingerprints below, then trust them.</source>
        <comment>@info</comment>
        <translation>Die Ports sind offen. Vergleichen Sie die Fingerabdrücke der Zertifikate unten und vertrauen Sie den Zertifikaten dann.</translation>
    </message>
    <message>
        <source>Logging in and reading the system information…</source>
        <comment>@info</comment>
        <translation>Anmeldung und Abruf der Systeminformationen…</translation>
    </message>
    <message>
        <source>All checks passed. Click Next to see the source&apos;s details.</source>
        <comment>@info</comment>
        <translation>Alle Prüfungen bestanden. Klicken Sie auf „Weiter“, um die Angaben zum Quellsystem anzuzeigen.</translation>
    </message>
    <message>
        <source>The migration cannot start yet: see the failed checks below.</source>
        <comment>@info</comment>
        <translation>Die Migration kann noch nicht starten: Beachten Sie die fehlgeschlagenen Prüfungen unten.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <comment>@action:button</comment>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <comment>@action:button</comment>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>No certificate of these appliances has been trusted before. Compare each SHA-256 fingerprint with the one on the appliance&apos;s console (System ▸ Certificates). Your passwords are sent only after you trust them.</source>
        <comment>@info</comment>
        <translation>Den Zertifikaten dieser Appliances wurde bisher nicht vertraut. Vergleichen Sie jeden SHA-256-Fingerabdruck mit dem auf der Konsole der jeweiligen Appliance (System ▸ Certificates). Ihre Passwörter werden erst gesendet, nachdem Sie den Zertifikaten vertraut haben.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <comment>@info fingerprint</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Quellsystem: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <comment>@info fingerprint</comment>
        <translation>Zielsystem: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>@title:window wizard step</comment>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>Which appliance do you migrate from, and which one receives its data?</source>
        <comment>@info</comment>
        <translation>Von welcher Appliance migrieren Sie, und welche erhält deren Daten?</translation>
    </message>
    <message>
        <source>Source appliance (the old system)</source>
        <comment>@title:group</comment>
        <translation>Quell-Appliance (das alte System)</translation>
    </message>
    <message>
        <source>IP &amp;address or host name:</source>
        <comment>@label:textbox</comment>
        <translation>IP-&amp;Adresse oder Hostname:</translation>
    </message>
    <message>
        <source>for example 192.0.2.10 or hotspot.example.com</source>
        <comment>@info:placeholder</comment>
        <translation>z. B. 192.0.2.10 oder hotspot.example.com</translation>
    </message>
    <message>
        <source>Source address</source>
        <comment>@label:textbox</comment>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>Ad&amp;min password:</source>
        <comment>@label:textbox</comment>
        <translation>Ad&amp;min-Passwort:</translation>
    </message>
    <message>
        <source>Admin password of the source</source>
        <comment>@label:textbox</comment>
        <translation>Admin-Passwort des Quellsystems</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; all data on the target is deleted and replaced by the source&apos;s. The data is copied over port 3306, which must be open.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Alle Daten auf dem Zielsystem werden gelöscht und durch die des Quellsystems ersetzt. Die Daten werden über Port 3306 kopiert, der offen sein muss.</translation>
    </message>
    <message>
        <source>Target appliance (receives the data)</source>
        <comment>@title:group</comment>
        <translation>Ziel-Appliance (erhält die Daten)</translation>
    </message>
    <message>
        <source>&amp;This system</source>
        <comment>@option:radio</comment>
        <translation>&amp;Dieses System</translation>
    </message>
    <message>
        <source>A remote &amp;appliance</source>
        <comment>@option:radio</comment>
        <translation>Entfernte App&amp;liance</translation>
    </message>
    <message>
        <source>Target add&amp;ress:</source>
        <comment>@label:textbox</comment>
        <translation>Zieladr&amp;esse:</translation>
    </message>
    <message>
        <source>Target address</source>
        <comment>@label:textbox</comment>
        <translation>Zieladresse</translation>
    </message>
    <message>
        <source>for example 192.0.2.20</source>
        <comment>@info:placeholder</comment>
        <translation>z. B. 192.0.2.20</translation>
    </message>
    <message>
        <source>Certificates to trust</source>
        <comment>@title:group</comment>
        <translation>Zu vertrauende Zertifikate</translation>
    </message>
    <message>
        <source>&amp;Trust and Log In</source>
        <comment>@action:button</comment>
        <translation>&amp;Vertrauen und anmelden</translation>
    </message>
    <message>
        <source>Check results</source>
        <comment>@info:accessible</comment>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <comment>@option:check</comment>
        <translation>Passwort im Schlüsselbund des Systems mer&amp;ken</translation>
    </message>
    <message>
        <source>Cutover stores passwords only in the system keychain, never in a file.</source>
        <comment>@info:tooltip</comment>
        <translation>Cutover speichert Passwörter nur im Schlüsselbund des Systems, niemals in einer Datei.</translation>
    </message>
</context>
<context>
    <name>cutover::SourceRole</name>
    <message>
        <source>Standalone</source>
        <comment>@label server role</comment>
        <translation>Einzelsystem</translation>
    </message>
    <message>
        <source>High availability, master</source>
        <comment>@label server role</comment>
        <translation>Hochverfügbarkeit, Master</translation>
    </message>
    <message>
        <source>High availability, replica</source>
        <comment>@label server role</comment>
        <translation>Hochverfügbarkeit, Replikat</translation>
    </message>
</context>
<context>
    <name>cutover::SourceStateOperation</name>
    <message>
        <source>%1 is marked as migrated to %2. It stays in maintenance and keeps all its data as a fallback. From here on the migration cannot be backed out automatically; it can always be resumed.</source>
        <comment>@info</comment>
        <extracomment>%1 and %2 name the appliances</extracomment>
        <translation>%1 wird als migriert auf %2 markiert. Das Quellsystem bleibt im Wartungsmodus und behält alle Daten als Rückfallebene. Ab hier kann die Migration nicht mehr automatisch zurückgenommen werden; fortsetzen lässt sie sich jederzeit.</translation>
    </message>
    <message>
        <source>The source is marked as migrated to %1 at %2.</source>
        <comment>@info</comment>
        <extracomment>%1 is a machine id, %2 a time</extracomment>
        <translation>Das Quellsystem wurde als migriert auf %1 markiert (%2).</translation>
    </message>
</context>
<context>
    <name>cutover::SshKeyPair</name>
    <message>
        <source>Cutover could not create the one-time SSH key for copying the traffic logs.</source>
        <comment>@info</comment>
        <translation>Cutover konnte den SSH-Einmalschlüssel zum Kopieren der Datenverkehrsprotokolle nicht erzeugen.</translation>
    </message>
</context>
<context>
    <name>cutover::TemporaryDbAccounts</name>
    <message numerus="yes">
        <source>%n temporary database account(s) left behind by the interrupted run were removed.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n temporäres Datenbankkonto, das der unterbrochene Lauf hinterlassen hatte, wurde entfernt.</numerusform>
            <numerusform>%n temporäre Datenbankkonten, die der unterbrochene Lauf hinterlassen hatte, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary database account(s) left behind by the interrupted run could not be removed yet; they stay in the journal and are removed at the next resume or backout.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n temporäres Datenbankkonto, das der unterbrochene Lauf hinterlassen hatte, konnte noch nicht entfernt werden; es bleibt im Journal und wird beim nächsten Fortsetzen oder Zurücknehmen entfernt.</numerusform>
            <numerusform>%n temporäre Datenbankkonten, die der unterbrochene Lauf hinterlassen hatte, konnten noch nicht entfernt werden; sie bleiben im Journal und werden beim nächsten Fortsetzen oder Zurücknehmen entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cutover::TrafficLogsOperation</name>
    <message>
        <source>The one-time SSH key could not be revoked on %1; it stays listed in the journal and is revoked when the step is run again or backed out.</source>
        <comment>@info</comment>
        <extracomment>%1 is an appliance</extracomment>
        <translation>Der SSH-Einmalschlüssel konnte auf %1 nicht widerrufen werden; er bleibt im Journal vermerkt und wird widerrufen, wenn der Schritt erneut ausgeführt oder zurückgenommen wird.</translation>
    </message>
    <message>
        <source>Authorising a one-time SSH key on the source …</source>
        <comment>@info progress</comment>
        <translation>Ein SSH-Einmalschlüssel wird auf dem Quellsystem autorisiert …</translation>
    </message>
    <message>
        <source>Connecting to the SFTP service of %1 …</source>
        <comment>@info progress</comment>
        <extracomment>%1 is an address</extracomment>
        <translation>Verbindung zum SFTP-Dienst von %1 wird aufgebaut …</translation>
    </message>
    <message>
        <source>Traffic-log files copied / already there</source>
        <comment>@label</comment>
        <translation>Protokolldateien kopiert / bereits vorhanden</translation>
    </message>
    <message>
        <source>Traffic-log bytes transferred</source>
        <comment>@label</comment>
        <translation>Übertragene Bytes (Datenverkehrsprotokolle)</translation>
    </message>
    <message>
        <source>Traffic-log throughput</source>
        <comment>@label</comment>
        <translation>Durchsatz (Datenverkehrsprotokolle)</translation>
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
        <translation>Etwa %1 Benutzer-Datenverkehrsprotokolle werden von %2 in den Importordner des Verzeichnisses für Datenverkehrsprotokolle von %3 kopiert, über SFTP mit zwei Einmalschlüsseln (auf dem Quellsystem nur lesend, auf dem Zielsystem nur in diesen Ordner schreibend; beide werden danach widerrufen). Das Zielsystem prüft Größe und SHA-256 jeder Datei.</translation>
    </message>
    <message>
        <source>The one-time SSH keys were revoked on the source and the target.</source>
        <comment>@info</comment>
        <translation>Die SSH-Einmalschlüssel wurden auf dem Quellsystem und dem Zielsystem widerrufen.</translation>
    </message>
    <message>
        <source>The one-time SSH key could not be revoked on %1. Run the step again (or back out) once the appliance answers; until then the key can reach the traffic logs.</source>
        <comment>@info</comment>
        <extracomment>%1 is an appliance</extracomment>
        <translation>Der SSH-Einmalschlüssel konnte auf %1 nicht widerrufen werden. Führen Sie den Schritt erneut aus (oder machen Sie die Migration rückgängig), sobald die Appliance antwortet; bis dahin hat der Schlüssel Zugriff auf die Datenverkehrsprotokolle.</translation>
    </message>
    <message>
        <source>Copying the traffic logs from the source …</source>
        <comment>@info progress</comment>
        <translation>Datenverkehrsprotokolle werden vom Quellsystem kopiert …</translation>
    </message>
    <message>
        <source>Copying %1 from the source</source>
        <comment>@info progress</comment>
        <translation>%1 wird vom Quellsystem kopiert</translation>
    </message>
    <message>
        <source>Authorising a one-time SSH key on the target …</source>
        <comment>@info progress</comment>
        <translation>SSH-Einmalschlüssel wird auf dem Zielsystem autorisiert …</translation>
    </message>
    <message>
        <source>Writing the traffic logs to the target …</source>
        <comment>@info progress</comment>
        <translation>Datenverkehrsprotokolle werden auf das Zielsystem geschrieben …</translation>
    </message>
    <message>
        <source>Writing %1 to the target</source>
        <comment>@info progress</comment>
        <translation>%1 wird auf das Zielsystem geschrieben</translation>
    </message>
    <message>
        <source>Reading the SSH host keys of both appliances …</source>
        <comment>@info progress</comment>
        <translation>SSH-Hostschlüssel beider Appliances werden gelesen …</translation>
    </message>
    <message>
        <source>Traffic-log files written to the target / already there</source>
        <comment>@label</comment>
        <translation>Auf das Zielsystem geschriebene / bereits vorhandene Datenverkehrsprotokolle</translation>
    </message>
    <message>
        <source>Traffic-log throughput to the target</source>
        <comment>@label</comment>
        <translation>Durchsatz der Datenverkehrsprotokolle zum Zielsystem</translation>
    </message>
    <message>
        <source>Traffic logs stored on the target in</source>
        <comment>@label</comment>
        <translation>Datenverkehrsprotokolle auf dem Zielsystem gespeichert in</translation>
    </message>
    <message>
        <source>the import folder of its traffic-log directory</source>
        <comment>@label</comment>
        <translation>dem Importordner seines Verzeichnisses für Datenverkehrsprotokolle</translation>
    </message>
    <message>
        <source>Every traffic-log file verified on the target (size and SHA-256 against the source)</source>
        <comment>@info check</comment>
        <translation>Jedes Datenverkehrsprotokoll auf dem Zielsystem geprüft (Größe und SHA-256 gegen das Quellsystem)</translation>
    </message>
    <message>
        <source>One-time SSH keys revoked on the source and the target</source>
        <comment>@info check</comment>
        <translation>SSH-Einmalschlüssel auf dem Quellsystem und dem Zielsystem widerrufen</translation>
    </message>
    <message>
        <source>A copy of the traffic logs stays in %1 on this computer, as asked.</source>
        <comment>@info</comment>
        <extracomment>%1 is a directory on this computer</extracomment>
        <translation>Wie gewünscht bleibt eine Kopie der Datenverkehrsprotokolle in %1 auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>cutover::TrustStore</name>
    <message>
        <source>Cannot remember an appliance without a machine id and a valid SHA-256 fingerprint.</source>
        <translation>Eine Appliance ohne Maschinen-ID und gültigen SHA-256-Fingerabdruck kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot save the trusted certificates to %1: %2</source>
        <extracomment>%1: file path, %2: system error</extracomment>
        <translation>Die vertrauenswürdigen Zertifikate können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Warning: the appliance at %1 presents a different certificate than when it was first trusted.
Remembered: %2
Presented:  %3
Someone may be intercepting the connection, or the certificate was renewed. Nothing was sent to it and the migration stops. Compare the fingerprint with the one shown on the appliance&apos;s console; only if they match, accept the new certificate explicitly.</source>
        <extracomment>%1: host, %2: remembered fingerprint, %3: presented fingerprint</extracomment>
        <translation>Warnung: Die Appliance unter %1 legt ein anderes Zertifikat vor als das, dem beim ersten Mal vertraut wurde.
Gespeichert: %2
Vorgelegt:   %3
Möglicherweise wird die Verbindung abgefangen, oder das Zertifikat wurde erneuert. Es wurde nichts an die Appliance gesendet, und die Migration wird angehalten. Vergleichen Sie den Fingerabdruck mit dem auf der Konsole der Appliance; nur wenn beide übereinstimmen, akzeptieren Sie das neue Zertifikat ausdrücklich.</translation>
    </message>
</context>
<context>
    <name>cutover::UnavailableOperation</name>
    <message>
        <source>%1 — not available in this version of Cutover.</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title</extracomment>
        <translation>%1 — in dieser Cutover-Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>“%1” is not available yet in this version of Cutover. Nothing was changed by this step; choose options that do not need it.</source>
        <comment>@info</comment>
        <extracomment>%1 is an operation title</extracomment>
        <translation>„%1“ ist in dieser Cutover-Version noch nicht verfügbar. Dieser Schritt hat nichts geändert; wählen Sie Optionen, die ihn nicht benötigen.</translation>
    </message>
</context>
<context>
    <name>cutover::VerifyOperation</name>
    <message>
        <source>%1 is checked: settings, license and data must match what was migrated before the run reports success.</source>
        <comment>@info</comment>
        <extracomment>%1 names the target appliance</extracomment>
        <translation>%1 wird geprüft: Einstellungen, Lizenz und Daten müssen mit dem Migrierten übereinstimmen, bevor der Lauf Erfolg meldet.</translation>
    </message>
    <message>
        <source>Checking the settings …</source>
        <comment>@info progress</comment>
        <translation>Die Einstellungen werden geprüft …</translation>
    </message>
    <message>
        <source>Settings group “%1”</source>
        <comment>@info check</comment>
        <extracomment>%1 is a settings group name</extracomment>
        <translation>Einstellungsgruppe „%1“</translation>
    </message>
    <message>
        <source>Settings were exchanged; the swap step checked both sides as it wrote them.</source>
        <comment>@info</comment>
        <translation>Die Einstellungen wurden getauscht; der Tauschschritt hat beim Schreiben beide Seiten geprüft.</translation>
    </message>
    <message>
        <source>Checking the license …</source>
        <comment>@info progress</comment>
        <translation>Die Lizenz wird geprüft …</translation>
    </message>
    <message>
        <source>License active on the target</source>
        <comment>@info check</comment>
        <translation>Lizenz auf dem Zielsystem aktiv</translation>
    </message>
    <message>
        <source>License invalidated on the source</source>
        <comment>@info check</comment>
        <translation>Lizenz auf dem Quellsystem ungültig gemacht</translation>
    </message>
    <message>
        <source>License on the target left as it was: %1</source>
        <comment>@info</comment>
        <extracomment>%1 is a license state (active, none …)</extracomment>
        <translation>Lizenz auf dem Zielsystem unverändert: %1</translation>
    </message>
    <message>
        <source>Comparing the data …</source>
        <comment>@info progress</comment>
        <translation>Die Daten werden verglichen …</translation>
    </message>
    <message>
        <source>Data equal on source and target</source>
        <comment>@info check</comment>
        <translation>Daten auf Quell- und Zielsystem identisch</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed on the target; the report lists them.</source>
        <comment>@info</comment>
        <translation>
            <numerusform>%n Prüfung ist auf dem Zielsystem fehlgeschlagen; der Bericht führt sie auf.</numerusform>
            <numerusform>%n Prüfungen sind auf dem Zielsystem fehlgeschlagen; der Bericht führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the target&apos;s previous data …</source>
        <comment>@info progress</comment>
        <translation>Die bisherigen Daten des Zielsystems werden gelöscht …</translation>
    </message>
    <message>
        <source>The data is verified; the target&apos;s previous data was deleted.</source>
        <comment>@info</comment>
        <translation>Die Daten sind überprüft; die bisherigen Daten des Zielsystems wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>cutover::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <comment>@title:window wizard step</comment>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Move an appliance to this system: settings, data, license, certificates and traffic logs.</source>
        <comment>@info</comment>
        <translation>Übertragen Sie eine Appliance auf dieses System: Einstellungen, Daten, Lizenz, Zertifikate und Datenverkehrsprotokolle.</translation>
    </message>
    <message>
        <source>This wizard copies the System Settings, the database, the license, the certificates and, if you choose, the user traffic logs from an existing appliance (the source) to a new one (the target). It checks both systems before anything changes, shows the exact steps for your confirmation, and keeps a journal so an interrupted migration can be resumed or backed out.</source>
        <comment>@info</comment>
        <translation>Dieser Assistent kopiert die Systemeinstellungen, die Datenbank, die Lizenz, die Zertifikate und auf Wunsch die Benutzer-Datenverkehrsprotokolle von einer bestehenden Appliance (dem Quellsystem) auf eine neue (das Zielsystem). Er prüft beide Systeme, bevor etwas geändert wird, zeigt Ihnen die genauen Schritte zur Bestätigung und führt ein Journal, damit eine unterbrochene Migration fortgesetzt oder zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The data on the target is deleted and overwritten.&lt;/b&gt; The source keeps its data; it is put into maintenance during the migration and is marked as migrated at the end.</source>
        <comment>@info</comment>
        <translation>&lt;b&gt;Die Daten auf dem Zielsystem werden gelöscht und überschrieben.&lt;/b&gt; Das Quellsystem behält seine Daten; es wird während der Migration in den Wartungsmodus versetzt und am Ende als migriert markiert.</translation>
    </message>
    <message>
        <source>Before you start, confirm that:</source>
        <comment>@title:group</comment>
        <translation>Bitte bestätigen Sie vor dem Start:</translation>
    </message>
    <message>
        <source>A complete &amp;backup of the source exists (on virtual machines: a snapshot of both systems)</source>
        <comment>@option:check</comment>
        <translation>Eine vollständige Sic&amp;herung des Quellsystems liegt vor (bei virtuellen Maschinen: ein Snapshot beider Systeme)</translation>
    </message>
    <message>
        <source>&amp;Ports 80, 443 and 3306 are open between the two systems</source>
        <comment>@option:check</comment>
        <translation>Die &amp;Ports 80, 443 und 3306 sind zwischen den beiden Systemen offen</translation>
    </message>
    <message>
        <source>&amp;DNS TTLs of names that will move were lowered a day ahead (or no name moves)</source>
        <comment>@option:check</comment>
        <translation>Die &amp;DNS-TTL-Werte umziehender Namen wurden einen Tag vorher gesenkt (oder kein Name zieht um)</translation>
    </message>
    <message>
        <source>Interrupted migration</source>
        <comment>@title:group</comment>
        <translation>Unterbrochene Migration</translation>
    </message>
    <message>
        <source>Finish it before starting a new one.</source>
        <comment>@info</comment>
        <translation>Schließen Sie sie ab, bevor Sie eine neue starten.</translation>
    </message>
    <message>
        <source>&amp;Resume it where it stopped</source>
        <comment>@option:radio</comment>
        <translation>An der unterbrochenen Stelle &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Back it &amp;out: undo what can be undone and return the source to service</source>
        <comment>@option:radio</comment>
        <translation>Zurück&amp;nehmen: rückgängig machen, was möglich ist, und das Quellsystem wieder in Betrieb nehmen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>@label:listbox</comment>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>@label:listbox</comment>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>cutover::WizardController</name>
    <message>
        <source>Admin password of the source</source>
        <comment>@info check title</comment>
        <translation>Admin-Passwort des Quellsystems</translation>
    </message>
    <message>
        <source>Admin password of the target</source>
        <comment>@info check title</comment>
        <translation>Admin-Passwort des Zielsystems</translation>
    </message>
    <message>
        <source>Entered.</source>
        <comment>@info password check</comment>
        <translation>Eingegeben.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <comment>@info</comment>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>Enter the password of the appliance&apos;s admin user.</source>
        <comment>@info</comment>
        <translation>Geben Sie das Passwort des Admin-Benutzers der Appliance ein.</translation>
    </message>
    <message>
        <source>Port %1 on %2</source>
        <comment>@info check title</comment>
        <extracomment>%1: port number, %2: host</extracomment>
        <translation>Port %1 auf %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <comment>@info check running</comment>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: host</extracomment>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint %1</source>
        <comment>@info</comment>
        <translation>SHA-256-Fingerabdruck %1</translation>
    </message>
    <message>
        <source>Log in to both appliances as admin</source>
        <comment>@info check title</comment>
        <translation>Als Admin an beiden Appliances anmelden</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <comment>@info check running</comment>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Logged in; the source calls itself %1, the target %2.</source>
        <comment>@info</comment>
        <extracomment>%1: source host name, %2: target host name</extracomment>
        <translation>Angemeldet; das Quellsystem heißt %1, das Zielsystem %2.</translation>
    </message>
    <message>
        <source>High-availability source</source>
        <comment>@info check title</comment>
        <translation>Quellsystem mit Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>This version of Cutover cannot yet move a source that is part of a high-availability group.</source>
        <comment>@info</comment>
        <translation>Diese Cutover-Version kann noch kein Quellsystem migrieren, das Teil einer Hochverfügbarkeitsgruppe ist.</translation>
    </message>
    <message>
        <source>Use a version of Cutover that supports high availability.</source>
        <comment>@info</comment>
        <translation>Verwenden Sie eine Cutover-Version, die Hochverfügbarkeit unterstützt.</translation>
    </message>
    <message>
        <source>A rehearsal changes nothing on the source, so the license stays where it is.</source>
        <comment>@info</comment>
        <translation>Ein Probelauf ändert nichts am Quellsystem, daher bleibt die Lizenz, wo sie ist.</translation>
    </message>
    <message>
        <source>A migration from %1 to %2 was interrupted after %3 of %4 steps.</source>
        <comment>@info</comment>
        <extracomment>%1: source address, %2: target address, %3: done steps, %4: all steps</extracomment>
        <translation>Eine Migration von %1 nach %2 wurde nach %3 von %4 Schritten unterbrochen.</translation>
    </message>
    <message>
        <source>No migration ran, so there is no report.</source>
        <comment>@info</comment>
        <translation>Es wurde keine Migration ausgeführt, daher gibt es keinen Bericht.</translation>
    </message>
    <message>
        <source>Matches the fingerprint trusted before: %1</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint</extracomment>
        <translation>Stimmt mit dem bereits vertrauenswürdigen Fingerabdruck überein: %1</translation>
    </message>
    <message>
        <source>The source is the master of its high-availability group. Cutover moves a node that replicates from the master.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem ist der Master seiner Hochverfügbarkeitsgruppe. Cutover migriert einen Knoten, der vom Master repliziert.</translation>
    </message>
    <message>
        <source>Make another node of the group the master, then migrate this one.</source>
        <comment>@info</comment>
        <translation>Machen Sie einen anderen Knoten der Gruppe zum Master und migrieren Sie dann diesen.</translation>
    </message>
    <message>
        <source>The group&apos;s master %1 refused the connection on port 443: its appliance service is not running, or a firewall closes the port. Cutover must reach the master to take the source out of its round-robin list and to let the target replicate from it.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Der Master %1 der Gruppe hat die Verbindung auf Port 443 abgelehnt: Sein Appliance-Dienst läuft nicht, oder eine Firewall sperrt den Port. Cutover muss den Master erreichen, um das Quellsystem aus seiner Round-Robin-Liste zu nehmen und das Zielsystem von ihm replizieren zu lassen.</translation>
    </message>
    <message>
        <source>The group&apos;s master %1 cannot be reached from this computer (no answer on port 443). Cutover must reach the master to take the source out of its round-robin list and to let the target replicate from it.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Der Master %1 der Gruppe ist von diesem Computer aus nicht erreichbar (keine Antwort auf Port 443). Cutover muss den Master erreichen, um das Quellsystem aus seiner Round-Robin-Liste zu nehmen und das Zielsystem von ihm replizieren zu lassen.</translation>
    </message>
    <message>
        <source>Start the appliance service on the master, or open port 443 from this computer to it, then click Check the Master Again.</source>
        <comment>@info</comment>
        <translation>Starten Sie den Appliance-Dienst auf dem Master oder öffnen Sie Port 443 von diesem Computer zum Master, und klicken Sie dann auf „Master erneut prüfen“.</translation>
    </message>
    <message>
        <source>Master of the group</source>
        <comment>@info check title</comment>
        <translation>Master der Gruppe</translation>
    </message>
    <message>
        <source>The source reports no master for its high-availability group.</source>
        <comment>@info</comment>
        <translation>Das Quellsystem meldet keinen Master für seine Hochverfügbarkeitsgruppe.</translation>
    </message>
    <message>
        <source>Check the group&apos;s replication on the source, then check again.</source>
        <comment>@info</comment>
        <translation>Prüfen Sie die Replikation der Gruppe auf dem Quellsystem und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Certificate of the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Zertifikat des Masters der Gruppe %1</translation>
    </message>
    <message>
        <source>Compare the new fingerprint with the one shown on the master&apos;s console (System ▸ Certificates). Only if they match and the master&apos;s certificate was renewed on purpose, trust it with cutover-cli --trust-master %1, or remove the master&apos;s entry from %2 and check again.</source>
        <comment>@info</comment>
        <extracomment>%1: SHA-256 fingerprint, %2: path of the file of trusted certificates</extracomment>
        <translation>Vergleichen Sie den neuen Fingerabdruck mit dem auf der Konsole des Masters (System ▸ Zertifikate). Nur wenn beide übereinstimmen und das Zertifikat des Masters absichtlich erneuert wurde, vertrauen Sie ihm mit cutover-cli --trust-master %1, oder entfernen Sie den Eintrag des Masters aus %2 und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Log in to the group&apos;s master %1</source>
        <comment>@info check title</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Anmeldung am Master der Gruppe %1</translation>
    </message>
    <message>
        <source>The master %1 rejected the admin password entered for it.</source>
        <comment>@info</comment>
        <extracomment>%1: address of the master of the source&apos;s high-availability group</extracomment>
        <translation>Der Master %1 hat das für ihn eingegebene Admin-Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The master %1 does not accept the source&apos;s admin password, which Cutover uses while the master&apos;s password field is empty.</source>
        <comment>@info</comment>
        <translation>Der Master %1 akzeptiert das Admin-Passwort des Quellsystems nicht, das Cutover verwendet, solange das Passwortfeld des Masters leer ist.</translation>
    </message>
    <message>
        <source>Enter the admin password of the master in the field above, then click Log In to the Master.</source>
        <comment>@info</comment>
        <translation>Geben Sie das Admin-Passwort des Masters im Feld oben ein und klicken Sie dann auf „Beim Master anmelden“.</translation>
    </message>
    <message>
        <source>Logged in; the master calls itself %1.</source>
        <comment>@info</comment>
        <extracomment>%1: the master&apos;s host name</extracomment>
        <translation>Angemeldet; der Master heißt %1.</translation>
    </message>
    <message>
        <source>Round-robin hosts on the master</source>
        <comment>@info check title</comment>
        <translation>Round-Robin-Hosts auf dem Master</translation>
    </message>
    <message>
        <source>The master %1 does not list the source among its round-robin hosts; there is nothing to take out and put back.</source>
        <comment>@info</comment>
        <translation>Der Master %1 führt das Quellsystem nicht unter seinen Round-Robin-Hosts; es gibt nichts herauszunehmen und zurückzusetzen.</translation>
    </message>
    <message>
        <source>%1 leave the round-robin hosts of the master %2 during the migration; the target&apos;s address takes their place at the end.</source>
        <comment>@info</comment>
        <translation>%1 werden während der Migration aus den Round-Robin-Hosts des Masters %2 genommen; am Ende tritt die Adresse des Zielsystems an ihre Stelle.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Migrates an appliance (settings, data, license, certificates, traffic logs) to a new one.
Passwords come from CUTOVER_SOURCE_PASSWORD and CUTOVER_TARGET_PASSWORD when set, never from the command line.</source>
        <comment>@info command line help</comment>
        <translation>Migriert eine Appliance (Einstellungen, Daten, Lizenz, Zertifikate, Datenverkehrsprotokolle) auf eine neue.
Passwörter stammen aus CUTOVER_SOURCE_PASSWORD und CUTOVER_TARGET_PASSWORD, sofern gesetzt, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Address of the source appliance.</source>
        <comment>@info command line help</comment>
        <translation>Adresse der Quell-Appliance.</translation>
    </message>
    <message>
        <source>Address of a remote target appliance (default: this system).</source>
        <comment>@info command line help</comment>
        <translation>Adresse einer entfernten Ziel-Appliance (Standard: dieses System).</translation>
    </message>
    <message>
        <source>Language of the interface: de or en.</source>
        <comment>@info command line help</comment>
        <translation>Sprache der Oberfläche: de oder en.</translation>
    </message>
    <message>
        <source>Trust this SHA-256 fingerprint for the source&apos;s certificate.</source>
        <comment>@info command line help</comment>
        <translation>Diesem SHA-256-Fingerabdruck für das Zertifikat des Quellsystems vertrauen.</translation>
    </message>
    <message>
        <source>Trust this SHA-256 fingerprint for the target&apos;s certificate.</source>
        <comment>@info command line help</comment>
        <translation>Diesem SHA-256-Fingerabdruck für das Zertifikat des Zielsystems vertrauen.</translation>
    </message>
    <message>
        <source>Unknown language “%1”; use de or en.</source>
        <comment>@info</comment>
        <translation>Unbekannte Sprache „%1“; verwenden Sie de oder en.</translation>
    </message>
</context>
</TS>
