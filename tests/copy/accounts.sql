-- SPDX-License-Identifier: GPL-3.0-or-later
-- The migration accounts the appliances would hand out (docs/api.md), for the copy tests.
CREATE USER 'cutover_mig_read'@'%' IDENTIFIED BY 'read-pw';
GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, EXECUTE, LOCK TABLES, REPLICATION SLAVE, BINLOG MONITOR ON *.* TO 'cutover_mig_read'@'%';
CREATE USER 'cutover_mig_write'@'%' IDENTIFIED BY 'write-pw';
GRANT ALL PRIVILEGES ON *.* TO 'cutover_mig_write'@'%' WITH GRANT OPTION;
